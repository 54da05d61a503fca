using System.Diagnostics;

namespace Guide.Worksheets.Tests;

/// <summary>Runs qpdf and poppler the way a user would check a PDF; CI installs both with apt.</summary>
internal static class ExternalTool
{
    public sealed record Result(int ExitCode, string Output, string Errors);

    public static Result Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new Result(process.ExitCode, output.Result, errors.Result);
    }
}
