using Guide.Pdf.Layout;

namespace Guide.Pdf;

/// <summary>
/// Wraps and draws paragraphs of mixed Chinese and English. Lines break between Han
/// characters, at spaces in Latin text and after hyphens; closing punctuation such as ，。）」
/// never starts a line and opening punctuation such as （「 never ends one; \n starts a new line.
/// </summary>
public static class TextLayout
{
    /// <summary>The lines <paramref name="text"/> wraps into within <paramref name="maxWidth"/> points (trailing spaces removed).</summary>
    public static IReadOnlyList<string> Wrap(string text, PdfFont font, double size, double maxWidth)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(font);
        return LineBreaker.Wrap(text, font, size, maxWidth);
    }

    /// <summary>
    /// The largest size from <paramref name="size"/> down to <paramref name="smallest"/> (in steps
    /// of a quarter point) at which no word of <paramref name="text"/> is wider than
    /// <paramref name="maxWidth"/>, so <see cref="Wrap"/> breaks only between words; a word too
    /// long even at the smallest size gets the smallest size and is then cut.
    /// </summary>
    public static double SizeWithoutBrokenWords(string text, PdfFont font, double size, double maxWidth, double smallest)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(font);
        var widest = text.ReplaceLineEndings("\n").Split('\n')
            .SelectMany(LineBreaker.Pieces)
            .Select(piece => piece.TrimEnd())
            .DefaultIfEmpty("")
            .MaxBy(piece => font.Measure(piece, 1))!;
        while (size > smallest && font.Measure(widest, size) > maxWidth)
        {
            size -= 0.25;
        }

        return Math.Max(size, smallest);
    }

    /// <summary>The height <see cref="Draw"/> would use for the same arguments, without drawing.</summary>
    public static double MeasureHeight(string text, PdfFont font, double size, double width, double? lineHeight = null) =>
        Wrap(text, font, size, width).Count * (lineHeight ?? font.LineHeight(size));

    /// <summary>
    /// Draws <paramref name="text"/> wrapped to <paramref name="width"/>, with the top of the first
    /// line at <paramref name="y"/> (its baseline one ascent lower) and lines
    /// <paramref name="lineHeight"/> apart (default: the font's line height). Bold text uses
    /// <paramref name="boldFont"/> when given, otherwise a synthetic stroke. Returns the height used.
    /// </summary>
    public static double Draw(
        PdfPage page,
        string text,
        double x,
        double y,
        double width,
        PdfFont font,
        double size,
        TextAlign align = TextAlign.Left,
        PdfColor? color = null,
        bool bold = false,
        PdfFont? boldFont = null,
        double? lineHeight = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var face = bold && boldFont is not null ? boldFont : font;
        var synthetic = bold && boldFont is null;
        var step = lineHeight ?? face.LineHeight(size);
        var lines = Wrap(text, face, size, width);
        var baseline = y + face.Ascent(size);
        foreach (var line in lines)
        {
            var lineX = LineStart(line, face, size, x, width, align);
            page.DrawText(line, lineX, baseline, face, size, color, synthetic);
            baseline += step;
        }

        return lines.Count * step;
    }

    /// <summary>Where a line of text starts so that it sits left, centred or right in a box from <paramref name="x"/> of <paramref name="width"/>.</summary>
    public static double LineStart(string line, PdfFont font, double size, double x, double width, TextAlign align) => align switch
    {
        TextAlign.Center => x + (width - font.Measure(line, size)) / 2,
        TextAlign.Right => x + width - font.Measure(line, size),
        _ => x,
    };
}
