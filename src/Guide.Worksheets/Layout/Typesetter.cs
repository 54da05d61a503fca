using Guide.Pdf;

namespace Guide.Worksheets.Layout;

/// <summary>How one piece of text looks: its size and colour, and those of the English line under it on a bilingual form.</summary>
internal sealed record TextStyle(double Size, PdfColor Color, bool Bold = false, double? SecondarySize = null, PdfColor? SecondaryColor = null);

/// <summary>
/// Measures and draws the text of one edition. On the bilingual edition every label becomes two
/// lines, the Chinese first and the English smaller beneath, so the form reads in either language.
/// </summary>
internal sealed class Typesetter(WorksheetFonts fonts, WorksheetEdition edition)
{
    public WorksheetEdition Edition { get; } = edition;

    public PdfFont Regular => fonts.Regular;

    /// <summary>Height of <paramref name="text"/> wrapped to <paramref name="width"/>.</summary>
    public double Measure(LocalizedText text, double width, TextStyle style) => Paragraph(null, text, 0, 0, width, style);

    /// <summary>Draws <paramref name="text"/> with its top at <paramref name="y"/>; returns the height used.</summary>
    public double Draw(PdfPage page, LocalizedText text, double x, double y, double width, TextStyle style) =>
        Paragraph(page, text, x, y, width, style);

    /// <summary>A single-language string (already composed), measured or drawn.</summary>
    public double Plain(PdfPage? page, string text, double x, double y, double width, TextStyle style, TextAlign align = TextAlign.Left)
    {
        if (page is null)
        {
            return TextLayout.MeasureHeight(text, Face(style.Bold), style.Size, width);
        }

        return TextLayout.Draw(page, text, x, y, width, fonts.Regular, style.Size, align, style.Color, style.Bold, fonts.Bold);
    }

    /// <summary>The natural width of a one-line text, for laying out check box options in a row.</summary>
    public double Width(string text, double size, bool bold = false) => Face(bold).Measure(text, size);

    private double Paragraph(PdfPage? page, LocalizedText text, double x, double y, double width, TextStyle style)
    {
        if (!Edition.IsBilingual)
        {
            return Plain(page, text.Get(Edition.Language), x, y, width, style);
        }

        var height = Plain(page, text.ZhCN, x, y, width, style);
        var secondary = style with
        {
            Size = style.SecondarySize ?? style.Size * 0.82,
            Color = style.SecondaryColor ?? FormStyle.Muted,
            Bold = false,
        };
        return height + Plain(page, text.En, x, y + height, width, secondary);
    }

    private PdfFont Face(bool bold) => bold && fonts.Bold is not null ? fonts.Bold : fonts.Regular;
}
