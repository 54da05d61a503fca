using System.Buffers.Binary;

namespace Guide.Pdf.Fonts;

/// <summary>
/// Assembles tables into an sfnt file: the offset table, table records sorted by tag with
/// checksums, four-byte aligned tables, and the 'head' checkSumAdjustment (0xB1B0AFBA minus
/// the checksum of the whole file).
/// </summary>
internal static class SfntWriter
{
    public static byte[] Write(SortedDictionary<string, byte[]> tables)
    {
        var count = tables.Count;
        var power = 1;
        var log = 0;
        while (power * 2 <= count)
        {
            power *= 2;
            log++;
        }

        var header = new SfntBuffer();
        header.U32(0x00010000).U16(count).U16(power * 16).U16(log).U16(count * 16 - power * 16);

        var body = new SfntBuffer(tables.Values.Sum(t => t.Length + 3));
        var offset = 12 + 16 * count;
        var headOffset = -1;
        foreach (var (tag, data) in tables)
        {
            if (tag == "head")
            {
                headOffset = offset + body.Position;
            }

            header.Bytes(System.Text.Encoding.ASCII.GetBytes(tag)).U32(Checksum(data)).U32((uint)(offset + body.Position)).U32((uint)data.Length);
            body.Bytes(data).Pad4();
        }

        var font = header.Bytes(body.ToArray()).ToArray();
        if (headOffset >= 0)
        {
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(headOffset + 8), unchecked(0xB1B0AFBA - Checksum(font)));
        }

        return font;
    }

    /// <summary>The sum of the data as big-endian uint32s, the last one zero-padded.</summary>
    public static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        var i = 0;
        for (; i + 4 <= data.Length; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(data[i..]));
        }

        if (i < data.Length)
        {
            Span<byte> last = stackalloc byte[4];
            last.Clear();
            data[i..].CopyTo(last);
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(last));
        }

        return sum;
    }
}
