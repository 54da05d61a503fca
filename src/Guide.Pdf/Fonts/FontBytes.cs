using System.Buffers.Binary;

namespace Guide.Pdf.Fonts;

/// <summary>
/// Big-endian reads over a font file with bounds checks: a truncated or corrupt file raises a
/// <see cref="FontFormatException"/> that says what was being read, never an index error.
/// </summary>
internal readonly struct FontBytes(byte[] data, int start, int length, string what)
{
    public FontBytes(byte[] data)
        : this(data, 0, data.Length, "font file")
    {
    }

    public byte[] Data { get; } = data;

    public int Start { get; } = start;

    public int Length { get; } = length;

    public string What { get; } = what;

    public ReadOnlySpan<byte> Span => Data.AsSpan(Start, Length);

    public byte U8(int offset) => Data[Check(offset, 1)];

    public ushort U16(int offset) => BinaryPrimitives.ReadUInt16BigEndian(Data.AsSpan(Check(offset, 2)));

    public short I16(int offset) => BinaryPrimitives.ReadInt16BigEndian(Data.AsSpan(Check(offset, 2)));

    public uint U32(int offset) => BinaryPrimitives.ReadUInt32BigEndian(Data.AsSpan(Check(offset, 4)));

    public string Tag(int offset)
    {
        var at = Check(offset, 4);
        return string.Create(4, (Data, at), static (chars, s) =>
        {
            for (var i = 0; i < 4; i++)
            {
                chars[i] = (char)s.Data[s.at + i];
            }
        });
    }

    /// <summary>A checked view of <paramref name="length"/> bytes at <paramref name="offset"/>.</summary>
    public FontBytes Slice(int offset, int length, string what)
    {
        if (offset < 0 || length < 0 || (long)offset + length > Length)
        {
            throw new FontFormatException($"{what} lies outside the {What} ({offset}+{length} > {Length} bytes); the file is truncated or corrupt");
        }

        return new FontBytes(Data, Start + offset, length, what);
    }

    private int Check(int offset, int size)
    {
        if (offset < 0 || (long)offset + size > Length)
        {
            throw new FontFormatException($"unexpected end of {What} at byte {offset}; the file is truncated or corrupt");
        }

        return Start + offset;
    }
}
