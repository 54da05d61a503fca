using System.CommandLine;
using System.Globalization;
using Guide.Building;
using Guide.Checking;

namespace Guide.Cli;

/// <summary>
/// <c>guide check</c>: every problem in the pages, worksheet and rehearsal definitions, as
/// <c>path:line:col: error|warning GUIDE0NN: message</c>, without building. Exit code 1 when there are errors.
/// </summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input", "-i") { Description = "The content folder (holds site.yml).", DefaultValueFactory = _ => "input" };
        var worksheets = new Option<string?>("--worksheets") { Description = "The worksheet definitions (default: worksheets/ beside the input folder)." };
        var rehearsals = new Option<string?>("--rehearsals") { Description = "The rehearsal definitions (default: rehearsals/ beside the input folder)." };
        var strict = new Option<bool>("--strict") { Description = "Treat warnings as errors, such as a page without its translation." };
        var font = new Option<string?>("--font") { Description = "A TrueType (.ttf/.ttc) CJK font to lay out the worksheets with." };
        var noPdf = new Option<bool>("--no-pdf") { Description = "Skip laying out the worksheets (about a second faster)." };
        var command = new Command("check", "Check the pages, worksheet and rehearsal definitions without building.") { input, worksheets, rehearsals, strict, font, noPdf };
        command.SetAction(parse => Run(
            new BuildOptions(parse.GetValue(input)!, "output")
            {
                WorksheetsDir = parse.GetValue(worksheets),
                RehearsalsDir = parse.GetValue(rehearsals),
                FontPath = parse.GetValue(font),
                Worksheets = !parse.GetValue(noPdf),
            },
            parse.GetValue(strict)));
        return command;
    }

    public static int Run(BuildOptions options, bool strict)
    {
        var report = ContentCheck.Run(options, strict);
        var annotate = Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true";
        foreach (var problem in report.Diagnostics)
        {
            Console.WriteLine(problem.ToString());
            if (annotate)
            {
                Console.WriteLine(ConsoleReporter.Annotation(problem));
            }
        }
        var ms = ((int)report.Time.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
        var verdict = report.Errors > 0 ? "check failed" : "check passed";
        Console.WriteLine($"{verdict}: {Count(report.Errors, "error")}, {Count(report.Warnings, "warning")} in {Count(report.Pages, "page")} ({ms} ms)");
        return report.Errors > 0 ? 1 : 0;
    }

    private static string Count(int n, string noun) =>
        $"{n.ToString(CultureInfo.InvariantCulture)} {noun}{(n == 1 ? "" : "s")}";
}
