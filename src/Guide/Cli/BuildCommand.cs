using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Guide.Building;
using Guide.Hosting;
using Guide.Output;

namespace Guide.Cli;

/// <summary><c>guide build</c>: the whole site, search indexes and PDFs into one folder, swapped in at the end.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input", "-i") { Description = "The content folder (holds site.yml).", DefaultValueFactory = _ => "input" };
        var output = new Option<string>("--output", "-o") { Description = "Where the site is written.", DefaultValueFactory = _ => "output" };
        var worksheets = new Option<string?>("--worksheets") { Description = "The worksheet definitions (default: worksheets/ beside the input folder)." };
        var rehearsals = new Option<string?>("--rehearsals") { Description = "The rehearsal definitions (default: rehearsals/ beside the input folder)." };
        var portable = new Option<bool>("--portable") { Description = "Links end in index.html, so the site works opened from disk." };
        var font = new Option<string?>("--font") { Description = "A TrueType (.ttf/.ttc) CJK font for the PDFs." };
        var noPdf = new Option<bool>("--no-pdf") { Description = "Skip the worksheet PDFs (faster previews)." };
        var zip = new Option<string?>("--zip") { Description = "Also pack the site into this zip file (use with --portable to open it from disk).", HelpName = "FILE" };
        var precompress = new Option<bool>("--precompress") { Description = "Also write .gz and .br copies of the text files for the web server." };
        var command = new Command("build", "Build the site into the output folder.") { input, output, worksheets, rehearsals, portable, font, noPdf, zip, precompress };
        command.SetAction(parse => Run(new BuildOptions(parse.GetValue(input)!, parse.GetValue(output)!)
        {
            WorksheetsDir = parse.GetValue(worksheets),
            RehearsalsDir = parse.GetValue(rehearsals),
            Portable = parse.GetValue(portable),
            FontPath = parse.GetValue(font),
            Worksheets = !parse.GetValue(noPdf),
            ZipPath = parse.GetValue(zip),
            Precompress = parse.GetValue(precompress),
        }));
        return command;
    }

    public static int Run(BuildOptions options)
    {
        // Refused before building, not after: a wrong --output is not worth a minute's wait.
        if (OutputFolder.Resolve(options, out var refused) is null)
        {
            ConsoleReporter.Problems([refused!]);
            Console.Error.WriteLine($"build failed: 1 error(s); {DisplayPath.Of(options.OutputDir)} was left unchanged");
            return 1;
        }
        var reporter = new ConsoleReporter();
        var clock = Stopwatch.StartNew();
        var result = reporter.Run("Building", progress => Publisher.Build(options, progress));
        ConsoleReporter.Problems(result.Diagnostics);
        if (!result.Succeeded)
        {
            var errors = result.Diagnostics.Count(d => d.IsError);
            Console.Error.WriteLine($"build failed: {errors} error(s); {DisplayPath.Of(options.OutputDir)} was left unchanged");
            return 1;
        }
        var pages = string.Join(", ", result.PagesPerLanguage.Select(p => $"{p.Key} {p.Value}"));
        var ms = clock.ElapsedMilliseconds.ToString(CultureInfo.InvariantCulture);
        reporter.Line($"built {pages} pages, {result.FileCount} files in {ms} ms → {DisplayPath.Of(options.OutputDir)}");
        reporter.Line("phases: " + string.Join(", ", result.Phases.Select(p => $"{p.Phase} {p.Time.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms")));
        if (options.ZipPath is { } zipPath)
        {
            reporter.Line($"packed the site → {DisplayPath.Of(zipPath)}");
        }
        return 0;
    }
}
