using System.Globalization;
using CsCheck;

namespace Guide.Tests.Fuzzing;

/// <summary>
/// Property-based fuzzing of front matter, Markdown, site.yml and worksheet YAML (with CsCheck): whatever
/// the input, no exception escapes, every problem names its file, a failed build leaves the previous
/// output as it was, check and build agree, and no built page carries an event handler or a script URL.
/// Runs for GUIDE_FUZZ_SECONDS (20 by default, for CI); bench/fuzz.sh runs it for longer.
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    public const int DefaultSeconds = 20;

    [Fact]
    public void No_input_escapes_as_an_exception_or_reaches_a_page_as_script()
    {
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("GUIDE_FUZZ_SECONDS"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : DefaultSeconds;
        using var arena = new FuzzArena();
        var cases = 0;

        // One thread: every case rewrites the same folder. CsCheck shrinks a failure and prints its seed.
        FuzzInputs.All(arena.BaseSite, FuzzArena.BasePage, arena.BaseWorksheet).Sample(input =>
        {
            cases++;
            arena.Run(input);
        }, iter: long.MaxValue, time: seconds, threads: 1, writeLine: output.WriteLine);

        output.WriteLine($"{cases.ToString(CultureInfo.InvariantCulture)} cases in {seconds.ToString(CultureInfo.InvariantCulture)} s, {arena.Built.ToString(CultureInfo.InvariantCulture)} of them built");
        Assert.True(cases > 0);
    }
}
