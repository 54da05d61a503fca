using System.Collections.Concurrent;

namespace Guide.Worksheets.Tests;

/// <summary>
/// qpdf and poppler as a user would check a PDF, through the tests' one process runner. The PDFs they
/// read are made once per run and never change, so one command's answer is shared by every test that
/// asks the same (the layout and the reader tests read the same text and the same field lists).
/// </summary>
internal static class ExternalTool
{
    public sealed record Result(int ExitCode, string Output, string Errors);

    private static readonly ConcurrentDictionary<string, Lazy<Result>> Answers = new(StringComparer.Ordinal);

    public static Result Run(string program, params string[] arguments)
    {
        Requires.Tool(program, program == "qpdf" ? "qpdf" : "poppler-utils");
        return Answers.GetOrAdd(program + "\0" + string.Join('\0', arguments), _ => new Lazy<Result>(() =>
        {
            var run = Processes.Run(program, arguments);
            return new Result(run.ExitCode, run.Stdout, run.Stderr);
        })).Value;
    }
}
