using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace Guide.Pdf.Objects;

/// <summary>
/// Writes the file structure of ISO 32000-1 §7.5: header, body, then a cross-reference stream that
/// also serves as the trailer (§7.5.8). Streams stand on their own; every other object goes into
/// a compressed object stream (§7.5.7), which takes the dictionaries of a form (field names,
/// tooltips in UTF-16, rectangles) from most of the file to a few kilobytes. The document /ID
/// (§14.4) is a hash of the body, so identical documents get identical ids.
/// </summary>
internal static class PdfFileWriter
{
    /// <summary>Objects per object stream: small enough that a reader decompresses little to reach one.</summary>
    private const int ObjectsPerStream = 100;

    public static WrittenFile Write(ObjectTable table, PdfReference root, PdfReference info)
    {
        var sink = new ByteSink(64 * 1024);

        // The comment of high bytes tells transfer tools the file is binary (§7.5.2).
        sink.Ascii("%PDF-1.7\n%").Bytes([0xE2, 0xE3, 0xCF, 0xD3]).Byte((byte)'\n');

        var count = table.Count;
        var packed = Enumerable.Range(1, count).Where(n => table.Get(new PdfReference(n)) is not PdfStream).ToList();
        var streams = (packed.Count + ObjectsPerStream - 1) / ObjectsPerStream;
        var xrefNumber = count + streams + 1;

        // Per object number: type 1 (offset in the file) or type 2 (object stream, index in it).
        var entries = new (byte Type, int Field2, int Field3)[xrefNumber + 1];
        entries[0] = (0, 0, 0xFFFF);
        for (var number = 1; number <= count; number++)
        {
            if (table.Get(new PdfReference(number)) is PdfStream stream)
            {
                entries[number] = (1, sink.Length, 0);
                WriteObject(sink, number, stream);
            }
        }

        for (var s = 0; s < streams; s++)
        {
            var number = count + 1 + s;
            var members = packed.Skip(s * ObjectsPerStream).Take(ObjectsPerStream).ToList();
            for (var i = 0; i < members.Count; i++)
            {
                entries[members[i]] = (2, number, i);
            }

            entries[number] = (1, sink.Length, 0);
            WriteObject(sink, number, ObjectStream(table, members));
        }

        var id = SHA256.HashData(sink.Written)[..16];
        entries[xrefNumber] = (1, sink.Length, 0);
        var xref = PdfStream.Compressed(CrossReferenceData(entries));
        xref["Type"] = new PdfName("XRef");
        xref["Size"] = xrefNumber + 1;
        xref["W"] = PdfArray.Numbers(1, 4, 2);
        xref["Root"] = root;
        xref["Info"] = info;
        xref["ID"] = new PdfArray([PdfString.Hex(id), PdfString.Hex(id)]);
        var xrefOffset = sink.Length;
        WriteObject(sink, xrefNumber, xref);
        sink.Ascii("startxref\n").Ascii(xrefOffset.ToString(CultureInfo.InvariantCulture)).Ascii("\n%%EOF\n");
        return new WrittenFile(sink.ToArray(), xrefNumber + 1, xrefOffset, id);
    }

    private static void WriteObject(ByteSink sink, int number, PdfObject value)
    {
        sink.Ascii(number.ToString(CultureInfo.InvariantCulture)).Ascii(" 0 obj\n");
        value.WriteTo(sink);
        sink.Ascii("\nendobj\n");
    }

    /// <summary>An object stream: pairs of object number and offset, then the objects themselves (§7.5.7).</summary>
    private static PdfStream ObjectStream(ObjectTable table, List<int> members)
    {
        var bodies = new ByteSink(16 * 1024);
        var header = new System.Text.StringBuilder();
        foreach (var number in members)
        {
            header.Append(CultureInfo.InvariantCulture, $"{number} {bodies.Length} ");
            table.Get(new PdfReference(number)).WriteTo(bodies);
            bodies.Byte((byte)'\n');
        }

        header.Append('\n');
        var data = new ByteSink(bodies.Length + header.Length);
        data.Ascii(header.ToString()).Bytes(bodies.Written);
        var stream = PdfStream.Compressed(data.Written);
        stream["Type"] = new PdfName("ObjStm");
        stream["N"] = members.Count;
        stream["First"] = header.Length;
        return stream;
    }

    /// <summary>Seven bytes per entry, as /W [1 4 2] declares: type, then two big-endian fields.</summary>
    private static byte[] CrossReferenceData((byte Type, int Field2, int Field3)[] entries)
    {
        var data = new byte[entries.Length * 7];
        for (var i = 0; i < entries.Length; i++)
        {
            var at = data.AsSpan(i * 7);
            at[0] = entries[i].Type;
            BinaryPrimitives.WriteInt32BigEndian(at[1..], entries[i].Field2);
            BinaryPrimitives.WriteUInt16BigEndian(at[5..], (ushort)entries[i].Field3);
        }

        return data;
    }
}

/// <summary>A written file and what an incremental update of it repeats or points back to (§7.5.6).</summary>
/// <param name="Bytes">The file.</param>
/// <param name="Size">The cross-reference /Size.</param>
/// <param name="StartXref">The offset of the cross-reference stream.</param>
/// <param name="Id">The document id (both elements of /ID).</param>
internal sealed record WrittenFile(byte[] Bytes, int Size, int StartXref, byte[] Id);
