using Guide.Pdf;
using Guide.Worksheets.Layout;

namespace Guide.Worksheets;

/// <summary>
/// Renders a worksheet as a fillable PDF: a header with the guide's name and the worksheet's
/// title, the intro, the sections with their fields, a running header with the worksheet, the
/// employee's name and the date on every page after the first, and a footer with "page x of y".
/// Printed text is an embedded subset of exactly the characters printed; typed text uses a font
/// the reader supplies (<see cref="FieldFont"/>).
/// </summary>
public static class WorksheetPdf
{
    /// <summary>
    /// The PDF bytes of <paramref name="worksheet"/> in <paramref name="edition"/>. A field too tall
    /// for any page (a huge detail text) is reported to <paramref name="diagnostics"/> as GUIDE041.
    /// Call <see cref="PrintableText.Check"/> first: a character the font lacks prints as nothing.
    /// </summary>
    public static byte[] Render(Worksheet worksheet, WorksheetEdition edition, WorksheetFonts fonts, WorksheetRenderOptions options, DiagnosticBag? diagnostics = null) =>
        Build(worksheet, edition, fonts, options, diagnostics).ToArray();

    /// <summary>
    /// As <see cref="Render"/>, with the map of the form's objects that a browser needs to put a
    /// reader's answers into the file (<see cref="FillScript"/>).
    /// </summary>
    public static WrittenPdf RenderFillable(Worksheet worksheet, WorksheetEdition edition, WorksheetFonts fonts, WorksheetRenderOptions options, DiagnosticBag? diagnostics = null) =>
        Build(worksheet, edition, fonts, options, diagnostics).Write();

    private static PdfDocument Build(Worksheet worksheet, WorksheetEdition edition, WorksheetFonts fonts, WorksheetRenderOptions options, DiagnosticBag? diagnostics)
    {
        ArgumentNullException.ThrowIfNull(worksheet);
        ArgumentNullException.ThrowIfNull(fonts);
        ArgumentNullException.ThrowIfNull(options);
        var document = new PdfDocument(new PdfDocumentOptions
        {
            Title = $"{worksheet.Id} {worksheet.Title.Get(edition)}",
            Lang = edition.PdfLanguage,
            Subject = worksheet.Purpose.Get(edition.Language),
            CreationDate = options.CreationDate,
        });
        var type = new Typesetter(fonts, edition);
        var siteName = options.SiteName.Get(edition);
        var flow = new PageFlow(document, options.PageSize);
        var form = new FormContext(type, flow.Left, flow.Width, options);
        var first = flow.FirstPage();
        flow.Skip(PageFrame.Header(first, type, worksheet, siteName, flow.Left, flow.Width));
        flow.Place(FormBuilder.Blocks(form, worksheet, flow.MaxBlockHeight, field => diagnostics?.Add(Diagnostic.Error(
            worksheet.SourcePath, field.Line, 1, DiagnosticCodes.FieldTooTall,
            $"field '{field.Id}' is taller than a page in the {edition} edition; shorten its texts or give it fewer lines or rows"))));

        // Drawn once every page exists: the fields they repeat are placed on the first page. The
        // bilingual edition names the worksheet in Chinese alone here, beside the name and the date.
        var headerFields = worksheet.Fields.OfType<SingleLineField>().Where(f => f.InHeader).Take(2).ToList();
        var runningTitle = $"{worksheet.Id} {worksheet.Title.Get(edition.Language)}";
        for (var i = 1; i < document.Pages.Count; i++)
        {
            PageFrame.RunningHeader(document.Pages[i], form, runningTitle, headerFields);
        }

        for (var i = 0; i < document.Pages.Count; i++)
        {
            PageFrame.Footer(document.Pages[i], type, siteName, options.Words.PageOf(i + 1, document.Pages.Count).Get(edition));
        }

        return document;
    }
}
