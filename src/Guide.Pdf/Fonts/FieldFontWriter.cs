using Guide.Pdf.Objects;

namespace Guide.Pdf.Fonts;

/// <summary>
/// Writes a <see cref="FieldFont"/> as a Type0 font over a CIDFontType0 with no font file
/// (ISO 32000-1 §9.7.4, §9.7.6): the reader supplies the glyphs from a font of its own, picked by
/// /BaseFont, /CIDSystemInfo and the descriptor's flags.
/// </summary>
internal static class FieldFontWriter
{
    public static PdfReference Write(ObjectTable objects, FieldFont font)
    {
        var descriptor = new PdfDictionary
        {
            { "Type", new PdfName("FontDescriptor") },
            { "FontName", new PdfName(font.BaseFont) },
            // Nonsymbolic would be wrong for a CJK collection; 4 (symbolic) plus 2 (serif) for a Song face.
            { "Flags", font.Serif ? 6 : 4 },
            { "FontBBox", PdfArray.Numbers(-25, -254, 1000, 880) },
            { "ItalicAngle", 0 },
            { "Ascent", 880 },
            { "Descent", -120 },
            { "CapHeight", 880 },
            { "StemV", 93 },
        };

        var widths = new PdfArray();
        foreach (var (first, last, values) in font.Widths)
        {
            widths.Add(first);
            if (values.Length == 1 && last > first)
            {
                widths.Add(last);
                widths.Add(values[0]);
            }
            else
            {
                widths.Add(new PdfArray(values.Select(v => (PdfObject)new PdfNumber(v))));
            }
        }

        var cidFont = new PdfDictionary
        {
            { "Type", new PdfName("Font") },
            { "Subtype", new PdfName("CIDFontType0") },
            { "BaseFont", new PdfName(font.BaseFont) },
            { "CIDSystemInfo", new PdfDictionary { { "Registry", PdfString.Ascii("Adobe") }, { "Ordering", PdfString.Ascii(font.Ordering) }, { "Supplement", font.Supplement } } },
            { "FontDescriptor", objects.Add(descriptor) },
            { "DW", 1000 },
            { "W", widths },
        };

        return objects.Add(new PdfDictionary
        {
            { "Type", new PdfName("Font") },
            { "Subtype", new PdfName("Type0") },
            { "BaseFont", new PdfName(font.BaseFont) },
            { "Encoding", new PdfName(font.Encoding) },
            { "DescendantFonts", new PdfArray([objects.Add(cidFont)]) },
        });
    }
}
