// One Chromium for the browser tests of this assembly, launched when the first of them runs.
[assembly: AssemblyFixture(typeof(Chromium))]
