namespace Guide.Testing;

/// <summary>
/// What a test needs from the machine: Debian's Chromium, the npm engines, qpdf, poppler, the worksheet
/// font. Where something is missing a test is skipped and says how to install it; in CI
/// (<c>GUIDE_REQUIRE_BROWSER=1</c>, set by <c>.ci/run</c>) it fails instead, since there a skip would hide a failure.
/// </summary>
public static class Requires
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>True in CI, where everything a test needs is installed.</summary>
    public static bool Strict => Environment.GetEnvironmentVariable("GUIDE_REQUIRE_BROWSER") == "1";

    public static string AxePath => Path.Combine(Repo.Engines, "node_modules", "axe-core", "axe.min.js");

    public static bool HasChromium => File.Exists(ChromiumPath);

    public static void Chromium() => Need(HasChromium, "Chromium is not installed; run 'apt-get install chromium' to run the browser tests");

    public static void Axe()
    {
        Chromium();
        Need(File.Exists(AxePath), "axe-core is not installed; run '(cd tests/engines && npm ci)'");
    }

    /// <summary>A program on PATH, from the Debian package named.</summary>
    public static void Tool(string program, string package) =>
        Need(OnPath(program), $"{program} is not installed; run 'apt-get install {package}' (as .ci/run does)");

    /// <summary>The worksheet font in its cache (.ci/run fetches it with npm).</summary>
    public static void Font() =>
        Need(HasFont, "the worksheet font is not in its cache; run .ci/run's font step (npm pack @expo-google-fonts/noto-sans-sc)");

    public static bool HasFont => File.Exists(new Worksheets.FontLocator().CachedRegular);

    /// <summary>The seed articles beside the repository; never in a fresh clone on its own, so this is never strict.</summary>
    public static void Seeds() =>
        Assert.SkipUnless(Directory.Exists(Repo.Seeds), $"the seed articles are not at {Path.GetFullPath(Repo.Seeds)}; this check runs where ../shared is beside the repository");

    public static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, program)));

    /// <summary>Skips with <paramref name="why"/>, or fails with it in CI.</summary>
    public static void Need(bool available, string why)
    {
        if (available)
        {
            return;
        }
        if (Strict)
        {
            Assert.Fail($"{why} (GUIDE_REQUIRE_BROWSER=1: in CI a missing tool is a failure, not a skip)");
        }
        Assert.Skip("skipped: " + why);
    }
}
