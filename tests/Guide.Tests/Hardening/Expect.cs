using System.Text.RegularExpressions;
using Guide.Building;

namespace Guide.Tests.Hardening;

/// <summary>What every refused input must look like to an editor: exit code 1, the compiler form, no stack trace.</summary>
internal static partial class Expect
{
    /// <summary>The run ended with exit code 1 and reported <paramref name="code"/> at a path ending in <paramref name="pathEnd"/>.</summary>
    public static void Problem(ProcessRun run, string pathEnd, string code)
    {
        var all = run.Stdout + run.Stderr;
        Assert.DoesNotContain("   at ", all);
        Assert.DoesNotContain("Unhandled exception", all);
        Assert.True(run.ExitCode == 1, $"exit {run.ExitCode}\n{all}");
        Assert.Matches(new Regex(Regex.Escape(pathEnd) + @":\d+:\d+: error " + code + ": "), all);
    }

    /// <summary>The in-process build failed with <paramref name="code"/> at a path ending in <paramref name="pathEnd"/>.</summary>
    public static Diagnostic Problem(BuildResult result, string pathEnd, string code)
    {
        Assert.False(result.Succeeded, "the build succeeded");
        var found = result.Diagnostics.FirstOrDefault(d => d.IsError && d.Code == code && d.Path.EndsWith(pathEnd, StringComparison.Ordinal));
        Assert.True(found is not null, $"no {code} at {pathEnd} in:\n{string.Join('\n', result.Diagnostics)}");
        Assert.Matches(CompilerForm(), found!.ToString());
        return found;
    }

    [GeneratedRegex(@"^[^:\s][^\n]*:\d+:\d+: (error|warning) GUIDE0\d\d: \S")]
    public static partial Regex CompilerForm();
}
