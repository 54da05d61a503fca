using Guide.Pdf.Objects;

namespace Guide.Pdf.Fonts;

/// <summary>
/// Writes one used font as a composite font (ISO 32000-1 §9.7): a Type0 font with
/// /Encoding /Identity-H over a CIDFontType2 whose subset TrueType program is embedded as
/// /FontFile2, with /W widths, /CIDToGIDMap /Identity and a /ToUnicode CMap.
/// </summary>
internal static class FontEmbedder
{
    public static void Embed(ObjectTable objects, PdfReference type0, FontUsage usage)
    {
        var face = usage.Font.Face;
        var subset = FontSubsetter.Build(face, usage);
        var baseFont = SubsetTag.For(usage.Font.PostScriptName, subset.OriginalGlyphs) + "+" + usage.Font.PostScriptName;
        double Scale(double units) => Math.Round(units * 1000 / face.UnitsPerEm, 3);

        var program = PdfStream.Compressed(subset.Program);
        program["Length1"] = subset.Program.Length;

        var descriptor = new PdfDictionary
        {
            { "Type", new PdfName("FontDescriptor") },
            { "FontName", new PdfName(baseFont) },
            { "Flags", 4 }, // Symbolic: glyphs are reached by CID, not through a standard encoding
            { "FontBBox", PdfArray.Numbers(Scale(face.Box.XMin), Scale(face.Box.YMin), Scale(face.Box.XMax), Scale(face.Box.YMax)) },
            { "ItalicAngle", face.ItalicAngle },
            { "Ascent", Scale(face.Ascender) },
            { "Descent", Scale(face.Descender) },
            { "CapHeight", Scale(face.CapHeight) },
            { "StemV", face.Weight >= 600 ? 120 : 80 },
            { "FontWeight", Math.Clamp(face.Weight / 100 * 100, 100, 900) },
            { "FontFile2", objects.Add(program) },
        };

        var cidFont = new PdfDictionary
        {
            { "Type", new PdfName("Font") },
            { "Subtype", new PdfName("CIDFontType2") },
            { "BaseFont", new PdfName(baseFont) },
            { "CIDSystemInfo", new PdfDictionary { { "Registry", PdfString.Ascii("Adobe") }, { "Ordering", PdfString.Ascii("Identity") }, { "Supplement", 0 } } },
            { "FontDescriptor", objects.Add(descriptor) },
            { "DW", 1000 },
            { "W", Widths(usage.GlyphByCid.Select(g => Scale(face.Advance(g))).ToList()) },
            { "CIDToGIDMap", new PdfName("Identity") },
        };

        objects.Set(type0, new PdfDictionary
        {
            { "Type", new PdfName("Font") },
            { "Subtype", new PdfName("Type0") },
            { "BaseFont", new PdfName(baseFont) },
            { "Encoding", new PdfName("Identity-H") },
            { "DescendantFonts", new PdfArray([objects.Add(cidFont)]) },
            { "ToUnicode", objects.Add(PdfStream.Compressed(ToUnicodeCMap.Write(usage.Characters))) },
        });
    }

    /// <summary>
    /// The /W array (§9.7.4.3) for CIDs 0..n-1: runs of three or more equal widths as
    /// <c>first last w</c>, everything else as <c>first [w1 w2 …]</c>. CJK text is mostly
    /// full-width, so a Hanzi set collapses to a few ranges.
    /// </summary>
    internal static PdfArray Widths(IReadOnlyList<double> widths)
    {
        var array = new PdfArray();
        PdfArray? list = null;
        var cid = 0;
        while (cid < widths.Count)
        {
            var end = cid;
            while (end + 1 < widths.Count && widths[end + 1] == widths[cid])
            {
                end++;
            }

            if (end - cid >= 2)
            {
                array.Add(cid);
                array.Add(end);
                array.Add(widths[cid]);
                list = null;
                cid = end + 1;
                continue;
            }

            if (list is null)
            {
                array.Add(cid);
                list = new PdfArray();
                array.Add(list);
            }

            list.Add(widths[cid]);
            cid++;
        }

        return array;
    }
}
