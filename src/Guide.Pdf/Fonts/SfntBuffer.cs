using System.Buffers.Binary;

namespace Guide.Pdf.Fonts;

/// <summary>Big-endian writes for building font tables.</summary>
internal sealed class SfntBuffer
{
    private readonly MemoryStream _stream;

    public SfntBuffer(int capacity = 256) => _stream = new MemoryStream(capacity);

    public int Position => (int)_stream.Length;

    public SfntBuffer U16(int value)
    {
        Span<byte> b = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(b, unchecked((ushort)value));
        _stream.Write(b);
        return this;
    }

    public SfntBuffer U32(uint value)
    {
        Span<byte> b = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(b, value);
        _stream.Write(b);
        return this;
    }

    public SfntBuffer Bytes(ReadOnlySpan<byte> data)
    {
        _stream.Write(data);
        return this;
    }

    /// <summary>Pads with zeros to a multiple of four bytes, the alignment sfnt tables expect.</summary>
    public SfntBuffer Pad4()
    {
        while (_stream.Length % 4 != 0)
        {
            _stream.WriteByte(0);
        }

        return this;
    }

    public byte[] ToArray() => _stream.ToArray();
}
