// One Chromium for the browser tests of this assembly, launched when the first of them runs; each test opens its own contexts.
[assembly: AssemblyFixture(typeof(Chromium))]

// The real guide behind one local server, for the theme and preparation tests.
[assembly: AssemblyFixture(typeof(Guide.Tests.Theme.ThemeSite))]
