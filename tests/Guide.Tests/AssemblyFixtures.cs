// One Chromium for the browser tests of this assembly, launched when the first of them runs; each test opens its own contexts.
[assembly: AssemblyFixture(typeof(Chromium))]
