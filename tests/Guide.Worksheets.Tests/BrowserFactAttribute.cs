namespace Guide.Worksheets.Tests;

/// <summary>
/// A test that drives Debian's Chromium (installed by .ci/run); skipped, saying so, on a machine
/// without it, unless GUIDE_REQUIRE_BROWSER=1 (as in CI, where a skip would hide a failure).
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public static bool Available => File.Exists(Chromium) || Environment.GetEnvironmentVariable("GUIDE_REQUIRE_BROWSER") == "1";

    public BrowserFactAttribute()
    {
        if (!Available)
        {
            Skip = $"No browser at {Chromium}: apt-get install chromium (as .ci/run does) to run the browser tests.";
        }
    }
}
