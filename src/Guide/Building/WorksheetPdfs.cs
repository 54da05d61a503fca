using Guide.Content;
using Guide.Output;
using Guide.Worksheets;
using WorksheetText = Guide.Worksheets.LocalizedText;

namespace Guide.Building;

/// <summary>
/// Every worksheet as a fillable PDF, at stable paths: <c>&lt;lang&gt;/worksheets/&lt;slug&gt;.pdf</c>, and one
/// bilingual edition at <c>zh-CN/worksheets/&lt;slug&gt;.bilingual.pdf</c> when site.yml asks for it.
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
        var fonts = WorksheetFonts.Locate(explicitFont, diagnostics, origin, options.FontPath is null ? FromInput(settings.BoldFontPath) : null);
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
            var bytes = WorksheetPdf.Render(job.Worksheet, job.Edition, fonts, renderOptions, diagnostics);
            files.Add(WorksheetPublisher.PdfPath(job.Worksheet, job.Edition), bytes);
        });
    }
}
