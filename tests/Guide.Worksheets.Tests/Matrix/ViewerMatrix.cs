using System.Diagnostics;
using System.Globalization;

namespace Guide.Worksheets.Tests.Matrix;

/// <summary>
/// The viewer matrix, run once per test run: all 27 worksheet PDFs (nine worksheets, three
/// editions) are filled by PDFium, pdf.js and MuPDF through their own form APIs, each engine
/// reopens and renders what it saved, and poppler and Ghostscript extract and render every filled
/// file. Each engine runs once over all files in its own process; the three fillers, and then
/// poppler and Ghostscript, run side by side.
/// </summary>
public sealed class ViewerMatrix : IDisposable
{
    /// <summary>Renders are compared in points: 100 dpi is enough for ink in a 3 pt glyph.</summary>
    public const int Dpi = 100;

    public static readonly string[] Fillers = ["PDFium", "pdf.js", "MuPDF"];

    public static readonly string[] Checkers = ["poppler", "Ghostscript"];

    /// <summary>AR PL UMing (Debian's fonts-arphic-uming), the free Song face standing in for SimSun.</summary>
    public static readonly StandIn Font = new("/usr/share/fonts/truetype/arphic/uming.ttc", 0, "AR PL UMing CN");

    private static readonly string Scripts = Path.Combine(Repo.Root, "tests", "engines", "matrix");

    public ViewerMatrix()
    {
        if (MissingEngines() is { } missing)
        {
            if (Environment.GetEnvironmentVariable("GUIDE_REQUIRE_BROWSER") == "1")
            {
                throw new InvalidOperationException(missing);
            }

            return;
        }

        var clock = Stopwatch.StartNew();
        // The blank forms are the test run's one rendering of the 27 PDFs, which the other worksheet tests read too.
        var rendered = RenderedWorksheets.Shared;
        Catalog = rendered.Catalog;
        var files = new List<FileFill>();
        foreach (var worksheet in Catalog.All)
        {
            foreach (var edition in TheGuide.Editions)
            {
                files.Add(FillPlan.For(worksheet, $"{worksheet.Id}-{edition}", rendered.PathOf(worksheet.Id, edition)));
            }
        }

        Plan = new FillPlan(Dpi, Font, files);
        var planFile = Path.Combine(Folder, "plan.json");
        Plan.Save(planFile);
        Timings["plan"] = clock.Elapsed;

        Parallel.Invoke(
            () => Timed("PDFium", () => Run("node", Path.Combine(Scripts, "pdfium.mjs"), planFile, Output("PDFium"))),
            () => Timed("pdf.js", () => Run("node", Path.Combine(Scripts, "pdfjs.mjs"), planFile, Output("pdf.js"))),
            () => Timed("MuPDF", () => MuPdf(planFile)));
        Parallel.Invoke(
            () => Timed("poppler", () => Parallel.ForEach(Fillers, new ParallelOptions { MaxDegreeOfParallelism = 2 }, Poppler)),
            () => Timed("Ghostscript", () => Parallel.ForEach(Fillers, new ParallelOptions { MaxDegreeOfParallelism = 2 }, Ghostscript)));
        Timings["matrix"] = clock.Elapsed;

        foreach (var filler in Fillers)
        {
            Filled[filler] = EngineOutput.ReadReport(Path.Combine(Output(filler), "report.json"));
        }

        SaveRendersForHumans();
    }

    public string Folder { get; } = Directory.CreateTempSubdirectory("viewer-matrix-").FullName;

    public WorksheetCatalog Catalog { get; private set; } = null!;

    public FillPlan Plan { get; private set; } = null!;

    /// <summary>Per filling engine, per file: what it reported after reopening its own saved file.</summary>
    public Dictionary<string, Dictionary<string, FilledFile>> Filled { get; } = [];

    /// <summary>Per (checker, filler), per file: the pages of text the checker extracted from the filler's file.</summary>
    public Dictionary<(string Checker, string Filler), Dictionary<string, List<List<TextItem>>>> Extracted { get; } = [];

    public Dictionary<string, TimeSpan> Timings { get; } = [];

    /// <summary>The file <paramref name="filler"/> saved.</summary>
    public string FilledPdf(string filler, string file) => Path.Combine(Output(filler), file + ".pdf");

    /// <summary>
    /// The render <paramref name="engine"/> made of page <paramref name="page"/> (from 1) of the file
    /// <paramref name="filler"/> filled: its own for a filling engine, poppler's or Ghostscript's otherwise.
    /// </summary>
    public PgmImage Render(string engine, string filler, string file, int page) =>
        PgmImage.Read(RenderPath(engine, filler, file, page));

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("GUIDE_MATRIX_KEEP") is not { Length: > 0 })
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    private string Output(string engine) => Directory.CreateDirectory(Path.Combine(Folder, engine)).FullName;

    private string RenderPath(string engine, string filler, string file, int page) => engine switch
    {
        "poppler" or "Ghostscript" => Path.Combine(Output($"{engine}-{filler}"), string.Create(CultureInfo.InvariantCulture, $"{file}-{page}.pgm")),
        _ => Path.Combine(Output(engine), string.Create(CultureInfo.InvariantCulture, $"{file}-{page}.pgm")),
    };

    private void Timed(string name, Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        lock (Timings)
        {
            Timings[name] = clock.Elapsed;
        }
    }

    /// <summary>mutool run fills and saves; mutool draw renders and extracts each saved file.</summary>
    private void MuPdf(string planFile)
    {
        var output = Output("MuPDF");
        Run("mutool", "run", Path.Combine(Scripts, "mupdf.js"), planFile, output);
        var report = EngineOutput.ReadReport(Path.Combine(output, "report.json"));
        Parallel.ForEach(Plan.Files, new ParallelOptions { MaxDegreeOfParallelism = 2 }, file =>
        {
            var pdf = Path.Combine(output, file.Name + ".pdf");
            Run("mutool", "draw", "-q", "-r", Dpi.ToString(CultureInfo.InvariantCulture), "-c", "gray", "-o", Path.Combine(output, file.Name + "-%d.pgm"), pdf);
            var stext = Path.Combine(output, file.Name + ".stext");
            Run("mutool", "draw", "-q", "-F", "stext", "-o", stext, pdf);
            lock (report)
            {
                var pages = File.ReadAllText(stext).Split("<page ").Skip(1).Select(p => (IReadOnlyList<TextItem>)EngineOutput.Mupdf(p)).ToList();
                report[file.Name] = report[file.Name] with { Pages = pages };
            }
        });
        var json = System.Text.Json.JsonSerializer.Serialize(report.ToDictionary(r => r.Key, r => new
        {
            error = r.Value.Error,
            radio = r.Value.Radio,
            pages = r.Value.Pages.Select(p => new { chars = p.Select(i => new object[] { i.Text, i.X0, i.Y0, i.X1, i.Y1 }) }),
        }));
        File.WriteAllText(Path.Combine(output, "report.json"), json);
    }

    /// <summary>pdftotext -bbox and pdftoppm -gray per file; poppler has no batch mode.</summary>
    private void Poppler(string filler)
    {
        var folder = Output($"poppler-{filler}");
        var pages = new Dictionary<string, List<List<TextItem>>>(StringComparer.Ordinal);
        Parallel.ForEach(Plan.Files, new ParallelOptions { MaxDegreeOfParallelism = 2 }, file =>
        {
            var pdf = FilledPdf(filler, file.Name);
            var text = EngineOutput.Poppler(Run("pdftotext", "-bbox", pdf, "-"));
            Run("pdftoppm", "-gray", "-r", Dpi.ToString(CultureInfo.InvariantCulture), pdf, Path.Combine(folder, file.Name));
            foreach (var render in Directory.GetFiles(folder, file.Name + "-*.pgm"))
            {
                // pdftoppm pads page numbers to the width of the last one: name-1.pgm or name-01.pgm.
                var number = int.Parse(Path.GetFileNameWithoutExtension(render)[(file.Name.Length + 1)..], CultureInfo.InvariantCulture);
                File.Move(render, Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{file.Name}-{number}.pgm")), overwrite: true);
            }

            lock (pages)
            {
                pages[file.Name] = text;
            }
        });
        lock (Extracted)
        {
            Extracted[("poppler", filler)] = pages;
        }
    }

    /// <summary>One Ghostscript process renders all 27 files and one extracts their text; pages are numbered across the files in order.</summary>
    private void Ghostscript(string filler)
    {
        var folder = Output($"Ghostscript-{filler}");
        var inputs = Plan.Files.Select(f => FilledPdf(filler, f.Name)).ToArray();
        Run("gs", ["-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pgmraw", $"-r{Dpi}", "-dTextAlphaBits=4", "-dGraphicsAlphaBits=4",
            $"-sOutputFile={Path.Combine(folder, "page-%d.pgm")}", .. inputs]);
        var xml = Run("gs", ["-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=txtwrite", "-dTextFormat=0", "-sOutputFile=-", .. inputs]);
        var all = EngineOutput.Ghostscript(xml);
        var pages = new Dictionary<string, List<List<TextItem>>>(StringComparer.Ordinal);
        var at = 0;
        foreach (var file in Plan.Files)
        {
            pages[file.Name] = all.GetRange(at, file.Pages);
            for (var page = 1; page <= file.Pages; page++)
            {
                File.Move(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"page-{at + page}.pgm")),
                    Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{file.Name}-{page}.pgm")));
            }

            at += file.Pages;
        }

        lock (Extracted)
        {
            Extracted[("Ghostscript", filler)] = pages;
        }
    }

    /// <summary>GUIDE_MATRIX_RENDERS=DIR keeps every engine's renders of filled W5 there (grey PGM), for a person to look at.</summary>
    private void SaveRendersForHumans()
    {
        if (Environment.GetEnvironmentVariable("GUIDE_MATRIX_RENDERS") is not { Length: > 0 } target)
        {
            return;
        }

        Directory.CreateDirectory(target);
        foreach (var engine in Fillers.Concat(Checkers))
        {
            foreach (var filler in Checkers.Contains(engine) ? Fillers : [engine])
            {
                foreach (var file in Plan.Files.Where(f => f.Name.StartsWith("W5-", StringComparison.Ordinal)))
                {
                    for (var page = 1; page <= file.Pages; page++)
                    {
                        var name = Checkers.Contains(engine) ? $"{engine}-of-{filler}" : engine;
                        File.Copy(RenderPath(engine, filler, file.Name, page), Path.Combine(target, $"{name}-{file.Name}-{page}.pgm"), overwrite: true);
                    }
                }
            }
        }
    }

    internal static string Run(string program, params string[] arguments)
    {
        var run = Processes.Run(program, arguments);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {run.ExitCode}: {run.Stderr}");
        }

        return run.Stdout;
    }

    /// <summary>Skips a matrix test, saying what to install, where an engine is missing; in CI (GUIDE_REQUIRE_BROWSER=1) fails it.</summary>
    public static void Require()
    {
        var missing = MissingEngines();
        Requires.Need(missing is null, missing ?? "");
    }

    internal static string? MissingEngines()
    {
        var engines = Path.Combine(Repo.Root, "tests", "engines", "node_modules");
        string?[] missing =
        [
            OnPath("node") ? null : "node (apt-get install nodejs)",
            Directory.Exists(Path.Combine(engines, "@embedpdf", "pdfium")) && Directory.Exists(Path.Combine(engines, "pdfjs-dist")) ? null : "PDFium and pdf.js (cd tests/engines && npm ci)",
            OnPath("mutool") ? null : "MuPDF (apt-get install mupdf-tools)",
            OnPath("gs") ? null : "Ghostscript (apt-get install ghostscript)",
            OnPath("pdftoppm") ? null : "poppler (apt-get install poppler-utils)",
            File.Exists(Font.Path) ? null : $"the stand-in Chinese font {Font.Path} (apt-get install fonts-arphic-uming)",
        ];
        var list = missing.OfType<string>().ToList();
        if (list.Count == 0)
        {
            return null;
        }

        return "The viewer matrix needs " + string.Join(", ", list) + "; .ci/run installs them all.";
    }

    private static bool OnPath(string program) => Requires.OnPath(program);
}

[CollectionDefinition(Name)]
public sealed class ViewerMatrixCollection : ICollectionFixture<ViewerMatrix>
{
    public const string Name = "viewer matrix";
}
