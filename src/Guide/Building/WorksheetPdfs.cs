using System.Globalization;
using System.Text.Json;
using Guide.Content;
using Guide.Output;
using Guide.Worksheets;
using Guide.Worksheets.Filling;

namespace Guide.Building;

/// <summary>
/// Every worksheet as a fillable PDF, at stable paths: <c>&lt;lang&gt;/worksheets/&lt;slug&gt;.pdf</c>, and one
/// bilingual edition at <c>zh-CN/worksheets/&lt;slug&gt;.bilingual.pdf</c> when site.yml asks for it; beside
/// each language edition, the script its page fills it from (<see cref="FillScript"/>).
/// </summary>
public static class WorksheetPdfs
{
    /// <summary>
    /// Renders every PDF, on all cores. Fonts are located once; without one the build stops with
    /// GUIDE045, and a worksheet with a character the font lacks is not drawn but reported (GUIDE047).
    /// A PDF reads its definition file, its edition, the fonts and the render options, and is taken from
    /// the memo while all of them are the same, so a save in <c>serve</c> remakes only the PDFs it changed.
    /// </summary>
    public static void Write(Site site, LoadedSite loaded, BuildOptions options, IOutputSink files, BuildMemo memo, DiagnosticBag diagnostics)
    {
        if (!options.Worksheets || loaded.Catalog is not { All.Count: > 0 } catalog)
        {
            return;
        }
        var settings = site.Config.Worksheets;
        string? FromInput(string? path) => path is null ? null : Path.GetFullPath(Path.Combine(options.InputDir, path));
        var explicitFont = options.FontPath ?? FromInput(settings.FontPath);
        var origin = options.FontPath is not null ? "--font" : "site.yml worksheets.font";
        var boldFont = options.FontPath is null ? FromInput(settings.BoldFontPath) : null;
        // A FIFO or a device given as the font would block the build or never end; refuse it before reading.
        foreach (var font in new[] { explicitFont, boldFont }.OfType<string>())
        {
            if (Entries.KindOf(RealPath.Of(font) ?? font) is EntryKind.Special or EntryKind.Folder)
            {
                diagnostics.Add(Diagnostic.Error(DisplayPath.Of(font), 0, 0, DiagnosticCodes.FontUnusable,
                    $"the font given by {origin} is {Entries.Describe(RealPath.Of(font) ?? font)}, not a font file; give a .ttf or .ttc file"));
                return;
            }
        }
        if (new FontLocator().Locate(explicitFont, site.Config.DefaultLanguage.Code, diagnostics, origin, boldFont) is not { } located)
        {
            return;
        }
        var fontKey = BuildMemo.Key([.. new[] { located.Regular, located.Bold }.Select(Identity), located.FaceIndex.ToString(CultureInfo.InvariantCulture)]);
        if (memo.Get("fonts", "", fontKey, diagnostics, found => WorksheetFonts.Load(located, found)) is not { } fonts)
        {
            return;
        }
        var renderOptions = new WorksheetRenderOptions
        {
            SiteName = LocalizedText.In(WorksheetPublisher.Languages(site), lang => site.Config.Title[lang]),
            Words = Words(site),
            TypingLanguage = site.Config.DefaultLanguage.Code,
            PageSize = settings.Paper == "letter" ? Guide.Pdf.PageSize.Letter : Guide.Pdf.PageSize.A4,
        };
        var optionsKey = BuildMemo.Key(JsonSerializer.Serialize(renderOptions, MemoJson.Default.WorksheetRenderOptions), fontKey);
        var editions = WorksheetPublisher.Languages(site).Select(WorksheetEdition.For).ToList();
        if (WorksheetPublisher.BilingualEdition(site) is { } bilingual)
        {
            editions.Add(bilingual);
        }
        string KeyOf(Worksheet worksheet) => loaded.WorksheetKeys.GetValueOrDefault(worksheet.SourcePath) ?? worksheet.SourcePath;
        // A label the font cannot draw is an error before anything is drawn (GUIDE047).
        var printable = catalog.All.Where(w => memo.Get("printable", w.SourcePath, BuildMemo.Key(KeyOf(w), fontKey), diagnostics,
            found => PrintableText.Check(w, fonts, found))).ToList();
        var jobs = printable.SelectMany(w => editions.Select(e => (Worksheet: w, Edition: e))).ToList();
        Parallel.ForEach(jobs, job =>
        {
            var path = WorksheetPublisher.PdfPath(job.Worksheet, job.Edition);
            var made = memo.Get("pdf", path, BuildMemo.Key(KeyOf(job.Worksheet), job.Edition.ToString(), optionsKey), diagnostics,
                found => Render(job.Worksheet, job.Edition, fonts, renderOptions, found));
            if (made is not var (pdf, fill))
            {
                return;
            }
            files.Add(path, pdf);
            if (fill is not null)
            {
                files.Add(FillScript.PathOf(job.Worksheet, job.Edition), fill);
            }
        });
    }

    /// <summary>The PDF and, for a language edition, the script its page fills it from in the browser.</summary>
    private static (byte[] Pdf, byte[]? Fill)? Render(Worksheet worksheet, WorksheetEdition edition, WorksheetFonts fonts, WorksheetRenderOptions options, DiagnosticBag diagnostics)
    {
        try
        {
            var pdf = WorksheetPdf.RenderFillable(worksheet, edition, fonts, options, diagnostics);
            return (pdf.Bytes, edition.IsBilingual ? null : FillScript.Of(worksheet, edition, pdf));
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // The layout refused the worksheet (a list longer than a page, say): a problem of the definition, at its file.
            diagnostics.Add(Diagnostic.Error(DisplayPath.Of(worksheet.SourcePath), 1, 1, DiagnosticCodes.WorksheetLayoutFailed,
                $"the {edition} edition cannot be laid out: {Reason(e)}; shorten the field named, or split it into two"));
            return null;
        }
    }

    /// <summary>The words a form prints besides its definition's, from the theme's UI words of each language.</summary>
    public static WorksheetWords Words(Site site)
    {
        LocalizedText Word(string key) => LocalizedText.In(WorksheetPublisher.Languages(site), lang => site.Words[lang][key]);
        return new WorksheetWords(Word("form.signature"), Word("form.date"), Word("form.row"), Word("form.pageOf"), Word("form.pair"), Word("form.describe"));
    }

    /// <summary>A font file as the memo knows it: where it is, how long, and when it last changed.</summary>
    private static string? Identity(string? path) =>
        path is null ? null : new FileInfo(path) is { Exists: true } info
            ? string.Create(CultureInfo.InvariantCulture, $"{info.FullName}|{info.Length}|{info.LastWriteTimeUtc.Ticks}")
            : path;

    private static string Reason(Exception e) =>
        (e is ArgumentException { ParamName: { } name } ? e.Message.Replace($" (Parameter '{name}')", "") : e.Message).TrimEnd('.');
}
