namespace Guide.Pdf.Fonts;

/// <summary>
/// One parsed TrueType face: the tables a PDF writer needs for measuring (head, hhea, hmtx,
/// OS/2), mapping characters (cmap) and subsetting (maxp, loca, glyf). Immutable once read,
/// so one face can serve many documents on many threads.
/// </summary>
internal sealed class TrueTypeFace
{
    private readonly ushort[] _advances;
    private readonly short[] _leftBearings;
    private readonly uint[] _locations;
    private readonly FontBytes _glyf;

    public TrueTypeFace(SfntDirectory directory)
    {
        Directory = directory;
        var head = directory.Table("head");
        var hhea = directory.Table("hhea");
        UnitsPerEm = head.U16(18);
        if (UnitsPerEm is < 16 or > 16384)
        {
            throw new FontFormatException($"'head' gives {UnitsPerEm} units per em, outside 16..16384");
        }

        Box = (head.I16(36), head.I16(38), head.I16(40), head.I16(42));
        MacStyle = head.U16(44);
        Ascender = hhea.I16(4);
        Descender = hhea.I16(6);
        LineGap = hhea.I16(8);
        GlyphCount = directory.Table("maxp").U16(4);

        (_advances, _leftBearings) = ReadMetrics(directory.Table("hmtx"), hhea.U16(34), GlyphCount);
        _glyf = directory.Table("glyf");
        _locations = ReadLocations(directory.Table("loca"), head.I16(50), GlyphCount, _glyf.Length);
        Cmap = CharacterMap.Read(directory.Table("cmap"), GlyphCount);
        Names = NameTable.Read(directory.TryTable("name"));

        var os2 = directory.TryTable("OS/2");
        Weight = os2 is { Length: >= 6 } o ? o.U16(4) : (MacStyle & 1) != 0 ? 700 : 400;
        CapHeight = os2 is { Length: >= 90 } v2 && v2.U16(0) >= 2 ? v2.I16(88) : Ascender;
        ItalicAngle = directory.TryTable("post") is { Length: >= 8 } post ? post.U32(4) / 65536.0 : 0;
        if (ItalicAngle > 32768)
        {
            ItalicAngle -= 65536;
        }
    }

    public SfntDirectory Directory { get; }

    public int UnitsPerEm { get; }

    public (short XMin, short YMin, short XMax, short YMax) Box { get; }

    public ushort MacStyle { get; }

    public short Ascender { get; }

    public short Descender { get; }

    public short LineGap { get; }

    public int GlyphCount { get; }

    public int Weight { get; }

    public int CapHeight { get; }

    public double ItalicAngle { get; }

    public IReadOnlyDictionary<int, ushort> Cmap { get; }

    public NameTable Names { get; }

    public ushort Advance(int glyph) => _advances[glyph];

    public short LeftBearing(int glyph) => _leftBearings[glyph];

    /// <summary>The outline bytes of <paramref name="glyph"/>; empty for glyphs with no contours (space).</summary>
    public FontBytes Outline(int glyph) =>
        _glyf.Slice((int)_locations[glyph], (int)(_locations[glyph + 1] - _locations[glyph]), $"glyph {glyph}");

    private static (ushort[], short[]) ReadMetrics(FontBytes hmtx, int longMetrics, int glyphs)
    {
        if (longMetrics < 1 || longMetrics > glyphs)
        {
            throw new FontFormatException($"'hhea' gives {longMetrics} horizontal metrics for {glyphs} glyphs");
        }

        var advances = new ushort[glyphs];
        var bearings = new short[glyphs];
        for (var g = 0; g < glyphs; g++)
        {
            // Glyphs past numberOfHMetrics share the last advance and only store a bearing.
            advances[g] = g < longMetrics ? hmtx.U16(4 * g) : advances[longMetrics - 1];
            bearings[g] = g < longMetrics ? hmtx.I16(4 * g + 2) : hmtx.I16(4 * longMetrics + 2 * (g - longMetrics));
        }

        return (advances, bearings);
    }

    private static uint[] ReadLocations(FontBytes loca, short format, int glyphs, int glyfLength)
    {
        var locations = new uint[glyphs + 1];
        for (var g = 0; g <= glyphs; g++)
        {
            locations[g] = format == 0 ? loca.U16(2 * g) * 2u : loca.U32(4 * g);
            if (locations[g] > glyfLength || (g > 0 && locations[g] < locations[g - 1]))
            {
                throw new FontFormatException($"'loca' entry {g} points outside the 'glyf' table; the file is truncated or corrupt");
            }
        }

        return locations;
    }
}
