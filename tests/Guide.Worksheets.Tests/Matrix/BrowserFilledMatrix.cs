using System.Globalization;
using System.Text.Json;
using Guide.Worksheets.Filling;

namespace Guide.Worksheets.Tests.Matrix;

/// <summary>
/// The viewer matrix on PDFs filled the way a worksheet page fills them in the browser (the shipped
/// pdf-fill.js over the data script the build publishes): W2, W5 and W9 in Chinese and English, with
/// answers in Chinese, Latin and symbols, a ticked box and a chosen option. Each filling engine then
/// opens such a file and changes one answer, as a reader who corrects a name would, and saves; poppler
/// reads the browser's file and every engine's.
/// </summary>
public sealed class BrowserFilledMatrix : IDisposable
{
    /// <summary>The answers typed into each worksheet's page (the same on both language pages), and the one a viewer then changes.</summary>
    public static readonly IReadOnlyDictionary<string, (Dictionary<string, object> Answers, string Edited)> Answers = new Dictionary<string, (Dictionary<string, object>, string)>
    {
        ["W2"] = (new()
        {
            ["name"] = "张鑫琪",
            ["proud_r1_result"] = "提前一周上线新版结算系统，客户满意度从 82% 提高到 95%",
            ["proud_r1_factors"] = "José Müller 帮忙做了压力测试 ≤5% →",
            ["improve_r2_cause"] = "需求变更后没有及时重排优先级。\n下次当天重排。",
            ["notes"] = "想谈谈明年转岗到产品部。\nAlso: career direction.",
        }, "name"),
        ["W5"] = (new()
        {
            ["employee"] = "王婷",
            ["goals_r1_goal"] = "新客户签约",
            ["goals_r1_rate"] = "≤40%",
            ["achievements"] = "Launched the billing system a week early; 82% → 95%.",
            ["type_improvement"] = true,
        }, "employee"),
        ["W9"] = (new()
        {
            ["employee"] = "李娜",
            ["gap"] = "团队协作：两次延期影响了下游",
            ["profile"] = "low-high",
        }, "employee"),
    };

    /// <summary>What a viewer types over the edited answer: only characters of the typing font's Adobe-GB1 set (é is, ë is not; pdf.js saves no appearance for a character the font cannot encode).</summary>
    public const string Edit = "周婷婷 René";

    private static readonly string Scripts = Path.Combine(Repo.Root, "tests", "engines", "matrix");

    public BrowserFilledMatrix()
    {
        if (ViewerMatrix.MissingEngines() is { } missing)
        {
            if (Requires.Strict)
            {
                throw new InvalidOperationException(missing);
            }

            return;
        }

        var diagnostics = new DiagnosticBag();
        var catalog = WorksheetCatalog.Load(Repo.Worksheets, TheGuide.Languages, diagnostics);
        var fonts = WorksheetFonts.Locate(null, TheGuide.Languages[0], diagnostics) ?? throw new InvalidOperationException(string.Join('\n', diagnostics.Sorted()));
        var browser = Directory.CreateDirectory(Path.Combine(Folder, "browser")).FullName;
        var jobs = new List<object>();
        var files = new List<FileFill>();
        foreach (var (id, (answers, edited)) in Answers)
        {
            var worksheet = catalog.FindById(id)!;
            foreach (var edition in TheGuide.Languages.Select(WorksheetEdition.For))
            {
                var name = $"{id}-{edition}";
                var script = Path.Combine(browser, name + ".fill.js");
                File.WriteAllBytes(script, FillScript.Of(worksheet, edition, WorksheetPdf.RenderFillable(worksheet, edition, fonts, RenderedWorksheets.Options)));
                var pdf = BrowserPdf(name);
                jobs.Add(new { script, key = FillScript.Key(worksheet, edition), answers, output = pdf });
                Files[name] = (id, edition);
            }
        }

        var jobFile = Path.Combine(Folder, "jobs.json");
        File.WriteAllText(jobFile, JsonSerializer.Serialize(jobs));
        ViewerMatrix.Run("node", Path.Combine(Scripts, "browser-fill.js"), jobFile);

        foreach (var (name, (id, _)) in Files)
        {
            var worksheet = catalog.FindById(id)!;
            var pdf = BrowserPdf(name);
            var widgets = FillPlan.Widgets(pdf, FormControls.Of(worksheet, TheGuide.Words));
            files.Add(new FileFill(name, pdf, widgets.Max(w => w.Page), new() { [Answers[id].Edited] = Edit }, [], [], widgets));
        }

        var plan = new FillPlan(ViewerMatrix.Dpi, ViewerMatrix.Font, files);
        var planFile = Path.Combine(Folder, "plan.json");
        plan.Save(planFile);
        Parallel.Invoke(
            () => ViewerMatrix.Run("node", Path.Combine(Scripts, "pdfium.mjs"), planFile, Output("PDFium")),
            () => ViewerMatrix.Run("node", Path.Combine(Scripts, "pdfjs.mjs"), planFile, Output("pdf.js")),
            () => ViewerMatrix.Run("mutool", "run", Path.Combine(Scripts, "mupdf.js"), planFile, Output("MuPDF")));
        foreach (var engine in new[] { "PDFium", "pdf.js" })
        {
            Reports[engine] = EngineOutput.ReadReport(Path.Combine(Output(engine), "report.json"));
        }

        foreach (var name in Files.Keys)
        {
            var edited = Path.Combine(Output("MuPDF"), name + ".pdf");
            MuPdfText[name] = EngineOutput.Mupdf(ViewerMatrix.Run("mutool", "draw", "-q", "-F", "stext", "-o", "-", edited));
            foreach (var (engine, pdf) in new[] { ("browser", BrowserPdf(name)) }.Concat(ViewerMatrix.Fillers.Select(f => (f, Path.Combine(Output(f), name + ".pdf")))))
            {
                PopplerText[(engine, name)] = ViewerMatrix.Run("pdftotext", "-raw", "-enc", "UTF-8", pdf, "-");
            }
        }

        SaveRenders();
    }

    public string Folder { get; } = Directory.CreateTempSubdirectory("browser-filled-").FullName;

    /// <summary>Each file: its worksheet and edition, by name (W2-zh-CN).</summary>
    public Dictionary<string, (string Id, WorksheetEdition Edition)> Files { get; } = [];

    /// <summary>What PDFium and pdf.js drew in the file they opened, edited and saved.</summary>
    public Dictionary<string, Dictionary<string, FilledFile>> Reports { get; } = [];

    /// <summary>MuPDF's text of the file it edited and saved.</summary>
    public Dictionary<string, List<TextItem>> MuPdfText { get; } = [];

    /// <summary>pdftotext of the browser's file ("browser") and of each engine's edited file.</summary>
    public Dictionary<(string Engine, string File), string> PopplerText { get; } = [];

    public string BrowserPdf(string name) => Path.Combine(Folder, "browser", name + ".pdf");

    public string EditedPdf(string engine, string name) => Path.Combine(Output(engine), name + ".pdf");

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("GUIDE_MATRIX_KEEP") is not { Length: > 0 })
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    private string Output(string engine) => Directory.CreateDirectory(Path.Combine(Folder, engine)).FullName;

    /// <summary>GUIDE_SHOTS=DIR keeps renders of the browser's filled W2 (Chinese) in every engine there, for a person to look at.</summary>
    private void SaveRenders()
    {
        if (Environment.GetEnvironmentVariable("GUIDE_SHOTS") is not { Length: > 0 } target)
        {
            return;
        }

        Directory.CreateDirectory(target);
        const string name = "W2-zh-CN";
        var pdf = BrowserPdf(name);
        var dpi = ViewerMatrix.Dpi.ToString(CultureInfo.InvariantCulture);
        File.Copy(pdf, Path.Combine(target, "matrix-" + name + ".pdf"), overwrite: true);
        ViewerMatrix.Run("pdftoppm", "-gray", "-r", dpi, "-singlefile", pdf, Path.Combine(target, "matrix-poppler-" + name));
        ViewerMatrix.Run("mutool", "draw", "-q", "-r", dpi, "-c", "gray", "-o", Path.Combine(target, "matrix-MuPDF-" + name + ".pgm"), pdf);
        ViewerMatrix.Run("gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pgmraw", "-r" + dpi, "-dTextAlphaBits=4", "-dGraphicsAlphaBits=4",
            "-sOutputFile=" + Path.Combine(target, "matrix-Ghostscript-" + name + ".pgm"), pdf);
        ViewerMatrix.Run("mutool", "draw", "-q", "-r", dpi, "-c", "gray", "-o", Path.Combine(Output("MuPDF"), name + "-%d.pgm"), EditedPdf("MuPDF", name));
        foreach (var engine in new[] { "PDFium", "pdf.js", "MuPDF" })
        {
            foreach (var render in Directory.GetFiles(Output(engine), name + "-*.pgm"))
            {
                File.Copy(render, Path.Combine(target, $"matrix-{engine}-edited-{Path.GetFileName(render)}"), overwrite: true);
            }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserFilledMatrixCollection : ICollectionFixture<BrowserFilledMatrix>
{
    public const string Name = "browser-filled matrix";
}
