namespace Guide.Tests.Support;

/// <summary>
/// A fact that is reported as skipped, with the reason, when the seed articles are not beside the
/// repository (xunit 2 decides skips when the attribute is built, so the check lives here).
/// </summary>
public sealed class SeedsFactAttribute : FactAttribute
{
    public SeedsFactAttribute()
    {
        if (!Directory.Exists(Repo.Seeds))
        {
            Skip = $"skipped: the seed articles are not at {Path.GetFullPath(Repo.Seeds)}; this check runs where ../shared is beside the repository";
        }
    }
}

/// <summary>
/// A fact that needs Debian's Chromium. Locally it skips with the install command; in CI
/// (GUIDE_REQUIRE_BROWSER=1) it runs and fails if the browser is missing, so a skip never hides a failure.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(ChromiumPath) && Environment.GetEnvironmentVariable("GUIDE_REQUIRE_BROWSER") != "1")
        {
            Skip = "skipped: Chromium is not installed; run 'apt-get install chromium' to run the browser tests";
        }
    }
}

/// <summary>
/// A fact that runs axe-core in Chromium: it needs the browser and the npm test engines
/// (<c>tests/engines</c>, installed by <c>npm ci</c>). Locally it skips with the command; in CI
/// (GUIDE_REQUIRE_BROWSER=1) it runs and fails if either is missing.
/// </summary>
public sealed class AxeFactAttribute : FactAttribute
{
    public static string AxePath => Path.Combine(Repo.Root, "tests", "engines", "node_modules", "axe-core", "axe.min.js");

    public AxeFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("GUIDE_REQUIRE_BROWSER") == "1")
        {
            return;
        }
        if (!File.Exists(BrowserFactAttribute.ChromiumPath))
        {
            Skip = "skipped: Chromium is not installed; run 'apt-get install chromium' to run the browser tests";
        }
        else if (!File.Exists(AxePath))
        {
            Skip = "skipped: axe-core is not installed; run '(cd tests/engines && npm ci)'";
        }
    }
}
