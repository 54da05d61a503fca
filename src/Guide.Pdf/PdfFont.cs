using System.Text;
using Guide.Pdf.Fonts;

namespace Guide.Pdf;

/// <summary>
/// A loaded TrueType face (.ttf, or one face of a .ttc collection). Immutable after loading and
/// safe to share between documents and threads. Each document embeds only the glyphs it uses.
/// </summary>
public sealed class PdfFont
{
    internal const string TrueTypeAlternatives =
        "Use a TrueType font instead, for example Noto Sans SC (.ttf) from the npm package @expo-google-fonts/noto-sans-sc, " +
        "Microsoft YaHei (msyh.ttc), SimSun (simsun.ttc) or WenQuanYi Zen Hei (wqy-zenhei.ttc).";

    private PdfFont(string path, int faceIndex, TrueTypeFace face)
    {
        Path = path;
        FaceIndex = faceIndex;
        Face = face;
    }

    /// <summary>The file the face was loaded from.</summary>
    public string Path { get; }

    /// <summary>The face's index within its collection (0 for a plain .ttf).</summary>
    public int FaceIndex { get; }

    /// <summary>The PostScript name (name ID 6), used as the PDF /BaseFont.</summary>
    public string PostScriptName => Face.Names.PostScriptName.Length > 0 ? Face.Names.PostScriptName : FamilyName.Replace(" ", "", StringComparison.Ordinal);

    /// <summary>The family name, e.g. "Noto Sans SC".</summary>
    public string FamilyName => Face.Names.Family;

    /// <summary>The full face name, e.g. "Noto Sans SC Bold".</summary>
    public string FullName => Face.Names.FullName;

    /// <summary>True when the face is bold by design (OS/2 weight 600 or more).</summary>
    public bool IsBold => Face.Weight >= 600;

    internal TrueTypeFace Face { get; }

    /// <summary>Loads face <paramref name="faceIndex"/> of a .ttf or .ttc file.</summary>
    /// <exception cref="FontLoadException">The file is missing, not TrueType, corrupt, or has no such face.</exception>
    public static PdfFont Load(string path, int faceIndex = 0) =>
        FontLoader.Load(path, file => faceIndex, (p, face) => new PdfFont(p, faceIndex, face));

    /// <summary>
    /// Loads the face of a .ttc collection whose family, full or PostScript name equals
    /// <paramref name="faceName"/> (ordinal, ignoring case), e.g. "Microsoft YaHei" or "SimSun".
    /// </summary>
    /// <exception cref="FontLoadException">The file is missing, not TrueType, corrupt, or has no such face.</exception>
    public static PdfFont Load(string path, string faceName)
    {
        var index = -1;
        return FontLoader.Load(path, file => index = FontLoader.FindFace(path, file, faceName), (p, face) => new PdfFont(p, index, face));
    }

    /// <summary>Width of <paramref name="text"/> in points at <paramref name="size"/>, from the advance widths (hmtx).</summary>
    public double Measure(string text, double size)
    {
        long units = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (!IsControl(rune))
            {
                units += Face.Advance(GlyphFor(rune.Value));
            }
        }

        return units * size / Face.UnitsPerEm;
    }

    /// <summary>Height above the baseline (hhea ascender) at <paramref name="size"/>, in points.</summary>
    public double Ascent(double size) => Face.Ascender * size / Face.UnitsPerEm;

    /// <summary>Depth below the baseline (hhea descender) at <paramref name="size"/>, as a positive number of points.</summary>
    public double Descent(double size) => -Face.Descender * size / Face.UnitsPerEm;

    /// <summary>Baseline-to-baseline distance: ascent + descent + line gap, in points.</summary>
    public double LineHeight(double size) => (Face.Ascender - Face.Descender + Face.LineGap) * size / Face.UnitsPerEm;

    /// <summary>True when the face has a glyph for <paramref name="character"/>.</summary>
    public bool HasGlyph(Rune character) => Face.Cmap.ContainsKey(character.Value);

    /// <summary>The distinct characters of <paramref name="text"/> the face cannot draw (they would show as empty boxes).</summary>
    public string MissingCharacters(string text)
    {
        var missing = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (!IsControl(rune) && !HasGlyph(rune) && !missing.ToString().Contains(rune.ToString(), StringComparison.Ordinal))
            {
                missing.Append(rune.ToString());
            }
        }

        return missing.ToString();
    }

    /// <inheritdoc/>
    public override string ToString() => $"{FullName} ({Path}#{FaceIndex})";

    internal ushort GlyphFor(int codePoint) => Face.Cmap.TryGetValue(codePoint, out var glyph) ? glyph : (ushort)0;

    /// <summary>Control characters (line breaks, tabs) are layout instructions, not glyphs to draw.</summary>
    internal static bool IsControl(Rune rune) => rune.Value < 0x20 || rune.Value is >= 0x7F and < 0xA0;
}
