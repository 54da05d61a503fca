namespace Guide.Pdf.Fonts;

/// <summary>
/// Writes the subset's own 'cmap': format 4 (Windows BMP) for every font, plus format 12
/// (Windows full Unicode) when a character lies beyond U+FFFF. PDF readers do not need it to
/// show text (the CIDs go straight to glyphs), but some use it to encode text typed into a field.
/// </summary>
internal static class CmapWriter
{
    public static byte[] Write(IEnumerable<(int CodePoint, ushort Glyph)> mapping)
    {
        var sorted = mapping.DistinctBy(m => m.CodePoint).OrderBy(m => m.CodePoint).ToList();
        var format4 = Format4(sorted.Where(m => m.CodePoint < 0xFFFF).ToList());
        var format12 = sorted.Any(m => m.CodePoint > 0xFFFF) ? Format12(sorted) : null;

        var subtables = new List<(int Encoding, byte[] Data)>();
        if (format4 is not null)
        {
            subtables.Add((1, format4));
        }

        if (format12 is not null || format4 is null)
        {
            subtables.Add((10, format12 ?? Format12(sorted)));
        }

        var cmap = new SfntBuffer().U16(0).U16(subtables.Count);
        var offset = 4 + 8 * subtables.Count;
        foreach (var (encoding, data) in subtables)
        {
            cmap.U16(3).U16(encoding).U32((uint)offset);
            offset += data.Length;
        }

        foreach (var (_, data) in subtables)
        {
            cmap.Bytes(data);
        }

        return cmap.ToArray();
    }

    /// <summary>One segment per run of consecutive code points, glyphs listed in glyphIdArray; null if over 64 KB.</summary>
    private static byte[]? Format4(List<(int CodePoint, ushort Glyph)> bmp)
    {
        var runs = new List<List<(int CodePoint, ushort Glyph)>>();
        foreach (var m in bmp)
        {
            if (runs.Count == 0 || runs[^1][^1].CodePoint + 1 != m.CodePoint)
            {
                runs.Add([]);
            }

            runs[^1].Add(m);
        }

        var segments = runs.Count + 1; // the final 0xFFFF segment is required
        var length = 16 + 8 * segments + 2 * bmp.Count;
        if (length > 0xFFFF)
        {
            return null;
        }

        var log = (int)Math.Floor(Math.Log2(segments));
        var searchRange = 2 << log;
        var table = new SfntBuffer(length).U16(4).U16(length).U16(0)
            .U16(2 * segments).U16(searchRange).U16(log).U16(2 * segments - searchRange);
        runs.ForEach(r => table.U16(r[^1].CodePoint));
        table.U16(0xFFFF).U16(0);
        runs.ForEach(r => table.U16(r[0].CodePoint));
        table.U16(0xFFFF);
        runs.ForEach(_ => table.U16(0));
        table.U16(1);

        // idRangeOffset counts bytes from the entry itself to the run's first glyphIdArray slot.
        var index = 0;
        for (var i = 0; i < runs.Count; i++)
        {
            table.U16(2 * (segments - i) + 2 * index);
            index += runs[i].Count;
        }

        table.U16(0);
        runs.ForEach(r => r.ForEach(m => table.U16(m.Glyph)));
        return table.ToArray();
    }

    private static byte[] Format12(List<(int CodePoint, ushort Glyph)> all)
    {
        var groups = new List<(int First, int Last, ushort Glyph)>();
        foreach (var (codePoint, glyph) in all)
        {
            if (groups.Count > 0 && groups[^1].Last + 1 == codePoint && groups[^1].Glyph + (codePoint - groups[^1].First) == glyph)
            {
                groups[^1] = groups[^1] with { Last = codePoint };
            }
            else
            {
                groups.Add((codePoint, codePoint, glyph));
            }
        }

        var table = new SfntBuffer().U16(12).U16(0).U32((uint)(16 + 12 * groups.Count)).U32(0).U32((uint)groups.Count);
        groups.ForEach(g => table.U32((uint)g.First).U32((uint)g.Last).U32(g.Glyph));
        return table.ToArray();
    }
}
