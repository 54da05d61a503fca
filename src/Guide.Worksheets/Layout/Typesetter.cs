using Guide.Pdf;

namespace Guide.Worksheets.Layout;

/// <summary>How one piece of text looks: its size and colour, and those of the English next to or under it on a bilingual form.</summary>
internal sealed record TextStyle(double Size, PdfColor Color, bool Bold = false, double? SecondarySize = null, PdfColor? SecondaryColor = null);

/// <summary>
/// Measures and draws the text of one edition. On the bilingual edition a label reads "中文 English"
/// on one line when both fit, else the first language and the second smaller beneath it. A label
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
            return TextLayout.MeasureHeight(text, face, size, width, LineHeight(size));
        }

        return TextLayout.Draw(page, text, x, y - Raise(face, size), width, fonts.Regular, size, align, style.Color, style.Bold, fonts.Bold, LineHeight(size));
    }

    /// <summary>
    /// Lines of a form label 1.3 em apart: the CJK font's own line gap (ascender to descender,
    /// about 1.45 em in Noto Sans SC) leaves labels looking double-spaced and costs a page.
    /// </summary>
    public static double LineHeight(double size) => size * 1.3;

    /// <summary>The natural width of a one-line text, for laying out options in a row.</summary>
    public double Width(string text, double size, bool bold = false) => Face(bold).Measure(text, size);

    /// <summary>The width of an option label as <see cref="Draw"/> sets it on one line.</summary>
    public double Width(LocalizedText text, TextStyle style) => Edition.Second is { } second
        ? Face(style.Bold).Measure(text.Get(Edition.Language), style.Size) + FormStyle.BilingualGap + fonts.Regular.Measure(text.Get(second), Secondary(style).Size)
        : Face(style.Bold).Measure(text.Get(Edition.Language), style.Size);

    private double Paragraph(PdfPage? page, LocalizedText text, double x, double y, double width, TextStyle style)
    {
        var main = text.Get(Edition.Language);
        if (Edition.Second is not { } second)
        {
            return Plain(page, main, x, y, width, style);
        }

        var secondary = Secondary(style);
        var mainFace = Face(style.Bold);
        if (!main.Contains('\n', StringComparison.Ordinal) && Width(text, style) <= width)
        {
            // One line: the second language follows the first on the same baseline.
            if (page is not null)
            {
                TextLayout.Draw(page, main, x, y - Raise(mainFace, style.Size), width, fonts.Regular, style.Size, TextAlign.Left, style.Color, style.Bold, fonts.Bold);
                var secondX = x + mainFace.Measure(main, style.Size) + FormStyle.BilingualGap;
                page.DrawText(text.Get(second), secondX, y + Baseline * style.Size, fonts.Regular, secondary.Size, secondary.Color);
            }

            return LineHeight(style.Size);
        }

        var height = Plain(page, main, x, y, width, style);
        return height + Plain(page, text.Get(second), x, y + height, width, secondary);
    }

    private static TextStyle Secondary(TextStyle style) => style with
    {
        Size = style.SecondarySize ?? style.Size * 0.82,
        Color = style.SecondaryColor ?? FormStyle.Muted,
        Bold = false,
    };

    /// <summary>Where the first baseline sits below the top of a line, in ems.</summary>
    private const double Baseline = 1.02;

    /// <summary>How far to move a line up so that its baseline sits <see cref="Baseline"/> em below the top, not one ascender.</summary>
    private static double Raise(PdfFont face, double size) => face.Ascent(size) - Baseline * size;

    private static double FitWords(string text, PdfFont face, double size, double width) =>
        TextLayout.SizeWithoutBrokenWords(text, face, size, width, Math.Min(size, FormStyle.SmallestLabelSize));

    private PdfFont Face(bool bold) => bold && fonts.Bold is not null ? fonts.Bold : fonts.Regular;
}
