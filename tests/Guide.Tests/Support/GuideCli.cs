using System.Diagnostics;

namespace Guide.Tests.Support;

/// <summary>Runs the real <c>guide</c> command as a separate process, as an editor or CI would.</summary>
public static class GuideCli
{
    public sealed record Run(int ExitCode, string Stdout, string Stderr);

    public static Run Invoke(string workingDir, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "guide.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        info.Environment["CI"] = "true";
        info.Environment.Remove("GITHUB_ACTIONS");
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"guide {string.Join(' ', args)} did not finish in 2 minutes");
        }
        return new Run(process.ExitCode, stdout.Result, stderr.Result);
    }
}
