using Guide.Pdf;

namespace Guide.Worksheets.Layout;

/// <summary>How one piece of text looks: its size and colour, and those of the English next to or under it on a bilingual form.</summary>
internal sealed record TextStyle(double Size, PdfColor Color, bool Bold = false, double? SecondarySize = null, PdfColor? SecondaryColor = null);

/// <summary>
/// Measures and draws the text of one edition. On the bilingual edition a label reads "中文 English"
/// on one line when both fit, else the Chinese first and the English smaller beneath. A label
/// whose longest English word would not fit its column shrinks rather than split the word.
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
        var face = Face(style.Bold);
        var size = FitWords(text, face, style.Size, width);
        if (page is null)
        {
            return TextLayout.MeasureHeight(text, face, size, width);
        }

        return TextLayout.Draw(page, text, x, y, width, fonts.Regular, size, align, style.Color, style.Bold, fonts.Bold);
    }

    /// <summary>The natural width of a one-line text, for laying out options in a row.</summary>
    public double Width(string text, double size, bool bold = false) => Face(bold).Measure(text, size);

    /// <summary>The width of an option label as <see cref="Draw"/> sets it on one line.</summary>
    public double Width(LocalizedText text, TextStyle style) => Edition.IsBilingual
        ? Face(style.Bold).Measure(text.ZhCN, style.Size) + FormStyle.BilingualGap + fonts.Regular.Measure(text.En, Secondary(style).Size)
        : Face(style.Bold).Measure(text.Get(Edition.Language), style.Size);

    private double Paragraph(PdfPage? page, LocalizedText text, double x, double y, double width, TextStyle style)
    {
        if (!Edition.IsBilingual)
        {
            return Plain(page, text.Get(Edition.Language), x, y, width, style);
        }

        var secondary = Secondary(style);
        var zhFace = Face(style.Bold);
        if (!text.ZhCN.Contains('\n', StringComparison.Ordinal) && Width(text, style) <= width)
        {
            // One line: the English follows the Chinese on the same baseline.
            if (page is not null)
            {
                TextLayout.Draw(page, text.ZhCN, x, y, width, fonts.Regular, style.Size, TextAlign.Left, style.Color, style.Bold, fonts.Bold);
                var shift = zhFace.Ascent(style.Size) - fonts.Regular.Ascent(secondary.Size);
                var enX = x + zhFace.Measure(text.ZhCN, style.Size) + FormStyle.BilingualGap;
                TextLayout.Draw(page, text.En, enX, y + shift, x + width - enX, fonts.Regular, secondary.Size, TextAlign.Left, secondary.Color);
            }

            return zhFace.LineHeight(style.Size);
        }

        var height = Plain(page, text.ZhCN, x, y, width, style);
        return height + Plain(page, text.En, x, y + height, width, secondary);
    }

    private static TextStyle Secondary(TextStyle style) => style with
    {
        Size = style.SecondarySize ?? style.Size * 0.82,
        Color = style.SecondaryColor ?? FormStyle.Muted,
        Bold = false,
    };

    private static double FitWords(string text, PdfFont face, double size, double width) =>
        TextLayout.SizeWithoutBrokenWords(text, face, size, width, Math.Min(size, FormStyle.SmallestLabelSize));

    private PdfFont Face(bool bold) => bold && fonts.Bold is not null ? fonts.Bold : fonts.Regular;
}
