using System.Globalization;
using System.Security.Cryptography;

namespace Guide.Pdf.Objects;

/// <summary>
/// Writes the file structure of ISO 32000-1 §7.5: header, body, cross-reference table, trailer.
/// The document /ID (§14.4) is a hash of the body, so identical documents get identical ids.
/// </summary>
internal static class PdfFileWriter
{
    public static byte[] Write(ObjectTable table, PdfReference root, PdfReference info)
    {
        var sink = new ByteSink(64 * 1024);

        // The comment of high bytes tells transfer tools the file is binary (§7.5.2).
        sink.Ascii("%PDF-1.7\n%").Bytes([0xE2, 0xE3, 0xCF, 0xD3]).Byte((byte)'\n');

        var offsets = new int[table.Count];
        for (var number = 1; number <= table.Count; number++)
        {
            offsets[number - 1] = sink.Length;
            sink.Ascii(number.ToString(CultureInfo.InvariantCulture)).Ascii(" 0 obj\n");
            table.Get(new PdfReference(number)).WriteTo(sink);
            sink.Ascii("\nendobj\n");
        }

        var id = SHA256.HashData(sink.Written)[..16];
        var xrefOffset = sink.Length;
        WriteCrossReference(sink, offsets);

        var trailer = new PdfDictionary
        {
            { "Size", table.Count + 1 },
            { "Root", root },
            { "Info", info },
            { "ID", new PdfArray([PdfString.Hex(id), PdfString.Hex(id)]) },
        };
        sink.Ascii("trailer\n");
        trailer.WriteTo(sink);
        sink.Ascii("\nstartxref\n").Ascii(xrefOffset.ToString(CultureInfo.InvariantCulture)).Ascii("\n%%EOF\n");
        return sink.ToArray();
    }

    private static void WriteCrossReference(ByteSink sink, int[] offsets)
    {
        sink.Ascii("xref\n0 ").Ascii((offsets.Length + 1).ToString(CultureInfo.InvariantCulture)).Ascii("\n");

        // Each entry is exactly 20 bytes, hence the space before the newline (§7.5.4).
        sink.Ascii("0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            sink.Ascii(offset.ToString("D10", CultureInfo.InvariantCulture)).Ascii(" 00000 n \n");
        }
    }
}
