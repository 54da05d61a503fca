using System.Buffers.Binary;

namespace Guide.Pdf.Fonts;

/// <summary>
/// Builds a TrueType font that holds only the glyphs a document uses, renumbered so that glyph
/// index = CID. Components of composite glyphs are appended after the used glyphs and the
/// composite records are rewritten to point at their new indices. Layout tables (GSUB, GPOS,
/// vertical metrics) are dropped: a PDF positions every glyph itself.
/// </summary>
internal static class FontSubsetter
{
    // Hinting tables are kept because the glyph programs refer to them.
    private static readonly string[] CopiedTables = ["OS/2", "name", "cvt ", "fpgm", "prep", "gasp"];

    public sealed record Subset(byte[] Program, IReadOnlyList<ushort> OriginalGlyphs);

    public static Subset Build(TrueTypeFace face, FontUsage usage)
    {
        var order = Closure(face, usage.GlyphByCid);
        var newIndex = new Dictionary<ushort, ushort>();
        for (var i = 0; i < order.Count; i++)
        {
            newIndex.TryAdd(order[i], (ushort)i);
        }

        var (glyf, loca) = Outlines(face, order, newIndex);
        var tables = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["glyf"] = glyf,
            ["loca"] = loca,
            ["hmtx"] = Metrics(face, order),
            ["cmap"] = CmapWriter.Write(usage.Characters.Select(c => (c.CodePoint, c.Cid))),
            ["head"] = Patch(face.Directory.Table("head"), Head),
            ["hhea"] = Patch(face.Directory.Table("hhea"), hhea => BinaryPrimitives.WriteUInt16BigEndian(hhea.AsSpan(34), (ushort)order.Count)),
            ["maxp"] = Patch(face.Directory.Table("maxp"), maxp => BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(4), (ushort)order.Count)),
            ["post"] = Post(face),
        };

        foreach (var tag in CopiedTables)
        {
            if (face.Directory.TryTable(tag) is { } table)
            {
                tables[tag] = table.Span.ToArray();
            }
        }

        return new Subset(SfntWriter.Write(tables), order);
    }

    /// <summary>The used glyphs in CID order, followed by every composite component not already present.</summary>
    private static List<ushort> Closure(TrueTypeFace face, IReadOnlyList<ushort> used)
    {
        var order = new List<ushort>(used);
        var present = new HashSet<ushort>(used);
        for (var i = 0; i < order.Count; i++)
        {
            foreach (var (_, component) in CompositeGlyph.Components(face.Outline(order[i])))
            {
                if (component >= face.GlyphCount)
                {
                    throw new FontFormatException($"glyph {order[i]} refers to glyph {component}, which does not exist");
                }

                if (present.Add(component))
                {
                    order.Add(component);
                }
            }
        }

        if (order.Count > ushort.MaxValue)
        {
            throw new FontFormatException("the subset would need more than 65535 glyphs");
        }

        return order;
    }

    private static (byte[] Glyf, byte[] Loca) Outlines(TrueTypeFace face, List<ushort> order, Dictionary<ushort, ushort> newIndex)
    {
        var glyf = new SfntBuffer(order.Count * 256);
        var loca = new SfntBuffer(4 * (order.Count + 1));
        foreach (var glyph in order)
        {
            loca.U32((uint)glyf.Position);
            var outline = face.Outline(glyph);
            var bytes = outline.Span.ToArray();
            foreach (var (offset, component) in CompositeGlyph.Components(outline))
            {
                BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(offset), newIndex[component]);
            }

            glyf.Bytes(bytes).Pad4();
        }

        loca.U32((uint)glyf.Position);
        return (glyf.ToArray(), loca.ToArray());
    }

    /// <summary>One full (advance, bearing) pair per glyph; hhea.numberOfHMetrics is set to match.</summary>
    private static byte[] Metrics(TrueTypeFace face, List<ushort> order)
    {
        var hmtx = new SfntBuffer(4 * order.Count);
        order.ForEach(g => hmtx.U16(face.Advance(g)).U16(face.LeftBearing(g)));
        return hmtx.ToArray();
    }

    /// <summary>'post' version 3: no glyph names, which a subset cannot keep consistent anyway.</summary>
    private static byte[] Post(TrueTypeFace face)
    {
        var post = new byte[32];
        if (face.Directory.TryTable("post") is { Length: >= 32 } original)
        {
            original.Span[..32].CopyTo(post);
        }

        BinaryPrimitives.WriteUInt32BigEndian(post, 0x00030000);
        return post;
    }

    /// <summary>Long 'loca' offsets; checkSumAdjustment zeroed so the writer can compute it for the new file.</summary>
    private static void Head(byte[] head)
    {
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), 0);
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1);
    }

    private static byte[] Patch(FontBytes table, Action<byte[]> change)
    {
        var copy = table.Span.ToArray();
        change(copy);
        return copy;
    }
}
