using Guide.Building;
using Spectre.Console;

namespace Guide.Cli;

/// <summary>
/// Progress and results on the terminal. A person at a terminal sees a live phase line; CI and
/// pipes get plain lines. Problems always go to stderr in the compiler form editors can jump to.
/// </summary>
public sealed class ConsoleReporter
{
    private readonly bool _interactive = !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive
        && Environment.GetEnvironmentVariable("CI") is null;

    public T Run<T>(string title, Func<IBuildProgress, T> work)
    {
        if (!_interactive)
        {
            return work(new PlainProgress());
        }
        return AnsiConsole.Status().Spinner(Spinner.Known.Dots).Start(title, ctx => work(new StatusProgress(ctx, title)));
    }

    public static void Problems(IEnumerable<Diagnostic> diagnostics)
    {
        var annotate = Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true";
        foreach (var d in diagnostics)
        {
            Console.Error.WriteLine(d.ToString());
            if (annotate)
            {
                Console.Error.WriteLine(Annotation(d));
            }
        }
    }

    /// <summary>A GitHub Actions workflow command, so problems show on the pull request's changed lines.</summary>
    public static string Annotation(Diagnostic d)
    {
        var level = d.IsError ? "error" : "warning";
        var message = d.Message.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");
        return $"::{level} file={d.Path},line={Math.Max(d.Line, 1)},col={Math.Max(d.Column, 1)},title={d.Code}::{message}";
    }

    public void Line(string text)
    {
        if (_interactive)
        {
            AnsiConsole.MarkupLine(Markup.Escape(text));
        }
        else
        {
            Console.WriteLine(text);
        }
    }

    private sealed class PlainProgress : IBuildProgress
    {
        public void Phase(string name) => Console.WriteLine($"{name}…");
    }

    private sealed class StatusProgress(StatusContext context, string title) : IBuildProgress
    {
        public void Phase(string name) => context.Status($"{title}: {name}");
    }
}
