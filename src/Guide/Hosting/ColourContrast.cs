using System.Globalization;

namespace Guide.Hosting;

/// <summary>
/// Contrast between two sRGB colours as WCAG 2.2 defines it (relative luminance, then
/// (L1 + 0.05) / (L2 + 0.05)), so a brand colour can be checked before it reaches a reader.
/// </summary>
public static class ColourContrast
{
    /// <summary>WCAG AA for normal-size text (success criterion 1.4.3).</summary>
    public const double AaNormalText = 4.5;

    /// <summary>Reads <c>#rrggbb</c> (either case); anything else, including <c>#rgb</c> and names, gives null.</summary>
    public static (byte R, byte G, byte B)? Parse(string? text)
    {
        if (text is not { Length: 7 } || text[0] != '#'
            || !int.TryParse(text.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var rgb))
        {
            return null;
        }
        return ((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);
    }

    /// <summary>The ratio between two <c>#rrggbb</c> colours, from 1 (same) to 21 (black on white).</summary>
    public static double Ratio(string a, string b)
    {
        var la = Luminance(Parse(a) ?? throw new FormatException($"'{a}' is not #rrggbb"));
        var lb = Luminance(Parse(b) ?? throw new FormatException($"'{b}' is not #rrggbb"));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance((byte R, byte G, byte B) c) =>
        0.2126 * Linear(c.R) + 0.7152 * Linear(c.G) + 0.0722 * Linear(c.B);

    private static double Linear(byte channel)
    {
        var s = channel / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
    }
}
