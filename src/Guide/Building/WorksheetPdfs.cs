using Guide.Content;
using Guide.Output;
using Guide.Worksheets;
using Guide.Worksheets.Filling;
using WorksheetCodes = Guide.Worksheets.DiagnosticCodes;
using WorksheetText = Guide.Worksheets.LocalizedText;

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
    /// </summary>
    public static void Write(Site site, WorksheetCatalog catalog, BuildOptions options, OutputFiles files, DiagnosticBag diagnostics)
    {
        if (!options.Worksheets || catalog.All.Count == 0)
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
                diagnostics.Add(Diagnostic.Error(DisplayPath.Of(font), 0, 0, WorksheetCodes.FontUnusable,
                    $"the font given by {origin} is {Entries.Describe(RealPath.Of(font) ?? font)}, not a font file; give a .ttf or .ttc file"));
                return;
            }
        }
        var fonts = WorksheetFonts.Locate(explicitFont, diagnostics, origin, boldFont);
        if (fonts is null)
        {
            return;
        }
        var renderOptions = new WorksheetRenderOptions
        {
            SiteName = new WorksheetText(site.Config.Title["zh-CN"], site.Config.Title["en"]),
            PageSize = settings.Paper == "letter" ? Guide.Pdf.PageSize.Letter : Guide.Pdf.PageSize.A4,
        };
        var editions = WorksheetPublisher.Languages(site).Select(WorksheetEdition.For).ToList();
        if (settings.Bilingual)
        {
            editions.Add(WorksheetEdition.Bilingual);
        }
        // A label the font cannot draw is an error before anything is drawn (GUIDE047).
        var printable = catalog.All.Where(w => PrintableText.Check(w, fonts, diagnostics)).ToList();
        var jobs = printable.SelectMany(w => editions.Select(e => (Worksheet: w, Edition: e))).ToList();
        Parallel.ForEach(jobs, job =>
        {
            Guide.Pdf.WrittenPdf pdf;
            try
            {
                pdf = WorksheetPdf.RenderFillable(job.Worksheet, job.Edition, fonts, renderOptions, diagnostics);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException)
            {
                // The layout refused the worksheet (a list longer than a page, say): a problem of the definition, at its file.
                diagnostics.Add(Diagnostic.Error(DisplayPath.Of(job.Worksheet.SourcePath), 1, 1, DiagnosticCodes.WorksheetLayoutFailed,
                    $"the {job.Edition} edition cannot be laid out: {Reason(e)}; shorten the field named, or split it into two"));
                return;
            }
            files.Add(WorksheetPublisher.PdfPath(job.Worksheet, job.Edition), pdf.Bytes);
            // The language editions' pages offer a filled PDF, made in the browser from this.
            if (!job.Edition.IsBilingual)
            {
                files.Add(FillScript.PathOf(job.Worksheet, job.Edition), FillScript.Of(job.Worksheet, job.Edition, pdf));
            }
        });
    }

    private static string Reason(Exception e) =>
        (e is ArgumentException { ParamName: { } name } ? e.Message.Replace($" (Parameter '{name}')", "") : e.Message).TrimEnd('.');
}
