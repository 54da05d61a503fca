using Guide.Pdf.Fonts;

namespace Guide.Pdf.Tests.Support;

/// <summary>
/// Tiny hand-made fonts for cases Noto Sans SC does not cover. In the TrueType one, 'A' is a
/// composite of glyph 1 (a square no character maps to) placed twice side by side, and 'C' is
/// a large triangle that tests leave unused.
/// </summary>
internal static class SyntheticFont
{
    public const int SquareGlyph = 1;
    public const int CompositeGlyph = 2;
    public const int UnusedGlyph = 3;

    /// <summary>A TrueType font with 4 glyphs: .notdef, square (no character), 'A' = square + square shifted 500 units, 'C' = triangle.</summary>
    public static byte[] WithCompositeGlyph()
    {
        var square = new SfntBuffer().U16(1).U16(100).U16(0).U16(400).U16(400) // 1 contour, bbox
            .U16(3).U16(0) // endPtsOfContours, no instructions
            .Bytes([1, 1, 1, 1]) // four on-curve points, x and y as int16 deltas
            .U16(100).U16(0).U16(300).U16(0) // x deltas: 100, 0, 300, 0
            .U16(0).U16(400).U16(0).U16(unchecked((ushort)-400)) // y deltas
            .ToArray();
        var composite = new SfntBuffer().U16(unchecked((ushort)-1)).U16(100).U16(0).U16(900).U16(400)
            .U16(0x0023).U16(SquareGlyph).U16(0).U16(0) // words, xy values, more components
            .U16(0x0003).U16(SquareGlyph).U16(500).U16(0)
            .ToArray();
        var triangle = new SfntBuffer().U16(1).U16(0).U16(0).U16(900).U16(900).U16(2).U16(0)
            .Bytes([1, 1, 1]).U16(0).U16(450).U16(450).U16(0).U16(900).U16(unchecked((ushort)-900)).ToArray();

        byte[][] glyphs = [[], square, composite, triangle];
        var glyf = new SfntBuffer();
        var loca = new SfntBuffer();
        foreach (var glyph in glyphs)
        {
            loca.U32((uint)glyf.Position);
            glyf.Bytes(glyph).Pad4();
        }

        loca.U32((uint)glyf.Position);
        var hmtx = new SfntBuffer();
        // Left side bearings equal each glyph's xMin, as renderers place outlines by the bearing.
        foreach (var (advance, bearing) in new[] { (500, 0), (600, 100), (1000, 100), (1000, 0) })
        {
            hmtx.U16(advance).U16(bearing);
        }

        var tables = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["head"] = new SfntBuffer().U32(0x00010000).U32(0x00010000).U32(0).U32(0x5F0F3CF5).U16(0).U16(1000)
                .U32(0).U32(0).U32(0).U32(0).U16(0).U16(0).U16(1000).U16(900).U16(0).U16(8).U16(2).U16(1).U16(0).ToArray(),
            ["hhea"] = new SfntBuffer().U32(0x00010000).U16(800).U16(unchecked((ushort)-200)).U16(0).U16(1000)
                .U16(0).U16(0).U16(1000).U16(1).U16(0).U16(0).U16(0).U16(0).U16(0).U16(0).U16(0).U16(4).ToArray(),
            ["maxp"] = new SfntBuffer().U32(0x00010000).U16(4).U16(8).U16(1).U16(8).U16(2).U16(2)
                .U16(0).U16(0).U16(0).U16(0).U16(0).U16(0).U16(2).U16(1).ToArray(),
            ["hmtx"] = hmtx.ToArray(),
            ["cmap"] = CmapWriter.Write([('A', CompositeGlyph), ('C', UnusedGlyph)]),
            ["loca"] = loca.ToArray(),
            ["glyf"] = glyf.ToArray(),
            ["name"] = Names("Composite Test", "CompositeTest"),
            ["post"] = new SfntBuffer().U32(0x00030000).U32(0).U16(0).U16(0).U32(0).U32(0).U32(0).U32(0).U32(0).ToArray(),
        };
        return SfntWriter.Write(tables);
    }

    /// <summary>An sfnt with version 'OTTO' and a 'CFF ' table, as a CFF-based .otf starts; enough to be recognised and refused.</summary>
    public static byte[] CffOpenType()
    {
        var font = SfntWriter.Write(new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["CFF "] = [1, 0, 4, 4],
            ["head"] = new byte[54],
            ["maxp"] = new SfntBuffer().U32(0x00005000).U16(1).ToArray(),
        });
        "OTTO"u8.CopyTo(font);
        return font;
    }

    /// <summary>A 'name' table with family (ID 1) and PostScript name (ID 6) as Windows English records.</summary>
    private static byte[] Names(string family, string postScript)
    {
        var strings = new[] { (Id: 1, Text: family), (Id: 4, Text: family), (Id: 6, Text: postScript) };
        var table = new SfntBuffer().U16(0).U16(strings.Length).U16(6 + 12 * strings.Length);
        var offset = 0;
        foreach (var (id, text) in strings)
        {
            table.U16(3).U16(1).U16(0x0409).U16(id).U16(2 * text.Length).U16(offset);
            offset += 2 * text.Length;
        }

        foreach (var (_, text) in strings)
        {
            table.Bytes(System.Text.Encoding.BigEndianUnicode.GetBytes(text));
        }

        return table.ToArray();
    }
}
