using System.Text;

namespace Guide.Pdf.Layout;

/// <summary>
/// Greedy line filling over break opportunities from <see cref="BreakRules"/>. A piece of text
/// between two opportunities (a Latin word with its trailing spaces, one Han character with any
/// punctuation glued to it) moves to the next line whole; only a piece wider than the line
/// itself is cut between characters.
/// </summary>
internal static class LineBreaker
{
    public static List<string> Wrap(string text, PdfFont font, double size, double maxWidth)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            WrapParagraph(paragraph, font, size, maxWidth, lines);
        }

        return lines;
    }

    private static void WrapParagraph(string paragraph, PdfFont font, double size, double maxWidth, List<string> lines)
    {
        var line = new StringBuilder();
        foreach (var piece in Pieces(paragraph))
        {
            var candidate = line + piece;
            if (line.Length == 0 || font.Measure(candidate.TrimEnd(), size) <= maxWidth)
            {
                line.Append(piece);
            }
            else
            {
                lines.Add(line.ToString().TrimEnd());
                line.Clear().Append(piece);
            }

            // A piece too wide for any line is cut where it must be, keeping at least one character per line.
            while (font.Measure(line.ToString().TrimEnd(), size) > maxWidth && line.ToString().TrimEnd().EnumerateRunes().Count() > 1)
            {
                var (head, tail) = Cut(line.ToString(), font, size, maxWidth);
                lines.Add(head);
                line.Clear().Append(tail);
            }
        }

        lines.Add(line.ToString().TrimEnd());
    }

    /// <summary>Splits a paragraph at every break opportunity; trailing spaces stay with the piece before them.</summary>
    internal static IEnumerable<string> Pieces(string paragraph)
    {
        var piece = new StringBuilder();
        Rune? previous = null;
        foreach (var rune in paragraph.EnumerateRunes())
        {
            if (previous is { } before && BreakRules.CanBreakBetween(before, rune))
            {
                yield return piece.ToString();
                piece.Clear();
            }

            piece.Append(rune.ToString());
            previous = rune;
        }

        if (piece.Length > 0)
        {
            yield return piece.ToString();
        }
    }

    private static (string Head, string Tail) Cut(string text, PdfFont font, double size, double maxWidth)
    {
        var runes = text.EnumerateRunes().Select(r => r.ToString()).ToList();
        var fit = 1;
        while (fit < runes.Count && font.Measure(string.Concat(runes.Take(fit + 1)).TrimEnd(), size) <= maxWidth)
        {
            fit++;
        }

        return (string.Concat(runes.Take(fit)).TrimEnd(), string.Concat(runes.Skip(fit)).TrimStart());
    }
}
