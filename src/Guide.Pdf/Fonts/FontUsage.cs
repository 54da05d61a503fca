using System.Text;

namespace Guide.Pdf.Fonts;

/// <summary>
/// The glyphs one document uses from one font. Each glyph gets the next CID the first time it is
/// drawn (CID 0 stays .notdef), and the subset font is built with glyph index = CID, so the
/// CIDFont can use /CIDToGIDMap /Identity. First-use order is deterministic, and so are the CIDs.
/// </summary>
internal sealed class FontUsage
{
    private readonly Dictionary<ushort, ushort> _cidByGlyph = new() { [0] = 0 };
    private readonly List<ushort> _glyphByCid = [0];
    private readonly Dictionary<int, ushort> _cidByCodePoint = [];
    private readonly List<(int CodePoint, ushort Cid)> _characters = [];

    public FontUsage(PdfFont font, string resourceName)
    {
        Font = font;
        ResourceName = resourceName;
    }

    public PdfFont Font { get; }

    /// <summary>The key in /Font resource dictionaries and in form-field /DA strings, e.g. "F1".</summary>
    public string ResourceName { get; }

    /// <summary>Original glyph index for each CID; index 0 is .notdef.</summary>
    public IReadOnlyList<ushort> GlyphByCid => _glyphByCid;

    /// <summary>Every character seen, in first-use order, with its CID (for ToUnicode and the subset's cmap).</summary>
    public IReadOnlyList<(int CodePoint, ushort Cid)> Characters => _characters;

    /// <summary>
    /// The CIDs of <paramref name="text"/> as the hex digits of a PDF string for Identity-H
    /// (two bytes per glyph). Control characters are skipped; characters the font lacks become CID 0.
    /// </summary>
    public string Encode(string text)
    {
        var hex = new StringBuilder(text.Length * 4);
        foreach (var rune in text.EnumerateRunes())
        {
            if (PdfFont.IsControl(rune))
            {
                continue;
            }

            var cid = CidFor(rune.Value);
            hex.Append(cid.ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }

    private ushort CidFor(int codePoint)
    {
        if (_cidByCodePoint.TryGetValue(codePoint, out var known))
        {
            return known;
        }

        var glyph = Font.GlyphFor(codePoint);
        if (!_cidByGlyph.TryGetValue(glyph, out var cid))
        {
            if (_glyphByCid.Count > ushort.MaxValue)
            {
                throw new InvalidOperationException($"The document uses more than 65535 glyphs of {Font}.");
            }

            cid = (ushort)_glyphByCid.Count;
            _glyphByCid.Add(glyph);
            _cidByGlyph[glyph] = cid;
        }

        _cidByCodePoint[codePoint] = cid;
        if (cid != 0)
        {
            _characters.Add((codePoint, cid));
        }

        return cid;
    }
}
