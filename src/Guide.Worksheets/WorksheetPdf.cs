using Guide.Pdf;
using Guide.Worksheets.Layout;

namespace Guide.Worksheets;

/// <summary>
/// Renders a worksheet as a fillable PDF: a header with the guide's name and the worksheet's
/// title, the intro, the sections with their fields, and a footer with "page x of y".
/// </summary>
public static class WorksheetPdf
{
    private const string PrintableAscii =
        " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";

    private const string TypedPunctuation = "–—‘’“”…·•×÷°±€£¥%";

    /// <summary>
    /// The PDF bytes of <paramref name="worksheet"/> in <paramref name="edition"/>. A field too tall
    /// for any page (a huge detail text) is reported to <paramref name="diagnostics"/> as GUIDE041.
    /// </summary>
    public static byte[] Render(Worksheet worksheet, WorksheetEdition edition, WorksheetFonts fonts, WorksheetRenderOptions options, DiagnosticBag? diagnostics = null)
    {
        var document = new PdfDocument(new PdfDocumentOptions
        {
            Title = $"{worksheet.Id} {worksheet.Title.Get(edition)}",
            Lang = edition.PdfLanguage,
            Subject = worksheet.Purpose.Get(edition.Language),
            CreationDate = options.CreationDate,
            ExtraCharacters = FieldCharacters(),
        });
        var type = new Typesetter(fonts, edition);
        var siteName = options.SiteName.Get(edition);
        var runningTitle = $"{siteName} · {worksheet.Id} {worksheet.Title.Get(edition)}";
        var flow = new PageFlow(document, options.PageSize, page =>
        {
            if (document.Pages.Count > 1)
            {
                PageFrame.RunningHeader(page, type, runningTitle);
            }
        });
        var form = new FormContext(type, flow.Left, flow.Width);
        var first = flow.FirstPage(0);
        var headerHeight = PageFrame.Header(first, type, worksheet, siteName, flow.Left, flow.Width);
        flow.Skip(headerHeight);
        flow.Place(FormBuilder.Blocks(form, worksheet, flow.MaxBlockHeight, field => diagnostics?.Add(Diagnostic.Error(
            worksheet.SourcePath, field.Line, 1, DiagnosticCodes.FieldTooTall,
            $"field '{field.Id}' is taller than a page in the {edition} edition; shorten its texts or give it fewer lines or rows"))));
        for (var i = 0; i < document.Pages.Count; i++)
        {
            PageFrame.Footer(document.Pages[i], type, siteName, FormWords.PageOf(i + 1, document.Pages.Count).Get(edition));
        }

        return document.ToArray();
    }

    /// <summary>
    /// Characters embedded beyond those printed, so what a user types shows in the form's font:
    /// the 3,755 common Hanzi (about 0.8 MB) in every edition, because Chinese names and notes get
    /// typed into the English form too, and a reader without the glyphs shows empty boxes.
    /// </summary>
    private static string FieldCharacters() =>
        PrintableAscii + TypedPunctuation + CommonHanzi.Punctuation + CommonHanzi.Gb2312Level1;
}
