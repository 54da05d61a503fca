using System.Diagnostics;

namespace Guide.Tests.Editing;

/// <summary>
/// The real <c>guide</c> command as a process with chosen environment variables: CI's
/// <c>GITHUB_ACTIONS</c> for check, and a long-running <c>serve</c> that the test stops itself.
/// </summary>
public static class GuideProcess
{
    public static Process Start(string workingDir, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "guide.dll"));
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        info.Environment["CI"] = "true";
        info.Environment.Remove("GITHUB_ACTIONS");
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }
        return Process.Start(info)!;
    }

    /// <summary>Runs to the end and returns the exit code with everything printed.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(string workingDir, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Start(workingDir, environment, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"guide {string.Join(' ', args)} did not finish in 2 minutes");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
