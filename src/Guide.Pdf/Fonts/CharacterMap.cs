namespace Guide.Pdf.Fonts;

/// <summary>
/// Reads the Unicode mapping from a 'cmap' table. Format 12 (segmented coverage, full Unicode)
/// is preferred, then format 4 (BMP segments); other formats are not needed for CJK fonts.
/// </summary>
internal static class CharacterMap
{
    public static Dictionary<int, ushort> Read(FontBytes cmap, int glyphCount)
    {
        var count = cmap.U16(2);
        int? best = null;
        var bestRank = int.MaxValue;
        for (var i = 0; i < count; i++)
        {
            var platform = cmap.U16(4 + 8 * i);
            var encoding = cmap.U16(6 + 8 * i);
            var offset = checked((int)cmap.U32(8 + 8 * i));
            var format = cmap.U16(offset);
            var rank = Rank(platform, encoding, format);
            if (rank < bestRank)
            {
                bestRank = rank;
                best = offset;
            }
        }

        if (best is not { } chosen)
        {
            throw new FontFormatException("the 'cmap' table has no Unicode subtable in format 4 or 12");
        }

        var map = new Dictionary<int, ushort>();
        if (cmap.U16(chosen) == 12)
        {
            ReadFormat12(cmap, chosen, glyphCount, map);
        }
        else
        {
            ReadFormat4(cmap, chosen, glyphCount, map);
        }

        return map;
    }

    private static int Rank(ushort platform, ushort encoding, ushort format) => (platform, encoding, format) switch
    {
        (3, 10, 12) => 0,
        (0, _, 12) => 1,
        (3, 1, 4) => 2,
        (0, _, 4) => 3,
        _ => int.MaxValue,
    };

    private static void ReadFormat12(FontBytes cmap, int at, int glyphCount, Dictionary<int, ushort> map)
    {
        var groups = cmap.U32(at + 12);
        for (var g = 0L; g < groups; g++)
        {
            var record = checked(at + 16 + (int)(12 * g));
            var first = cmap.U32(record);
            var last = cmap.U32(record + 4);
            var glyph = cmap.U32(record + 8);
            if (last < first || last > 0x10FFFF)
            {
                throw new FontFormatException("the 'cmap' format 12 subtable has an invalid group");
            }

            for (var c = first; c <= last; c++, glyph++)
            {
                if (glyph != 0 && glyph < glyphCount)
                {
                    map.TryAdd((int)c, (ushort)glyph);
                }
            }
        }
    }

    private static void ReadFormat4(FontBytes cmap, int at, int glyphCount, Dictionary<int, ushort> map)
    {
        var segments = cmap.U16(at + 6) / 2;
        var ends = at + 14;
        var starts = ends + 2 * segments + 2;
        var deltas = starts + 2 * segments;
        var rangeOffsets = deltas + 2 * segments;
        for (var s = 0; s < segments; s++)
        {
            int start = cmap.U16(starts + 2 * s);
            int end = cmap.U16(ends + 2 * s);
            var delta = cmap.U16(deltas + 2 * s);
            int rangeOffset = cmap.U16(rangeOffsets + 2 * s);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    // idRangeOffset counts bytes from its own position into glyphIdArray.
                    glyph = cmap.U16(rangeOffsets + 2 * s + rangeOffset + 2 * (c - start));
                    glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                }

                if (glyph != 0 && glyph < glyphCount)
                {
                    map.TryAdd(c, (ushort)glyph);
                }
            }
        }
    }
}
