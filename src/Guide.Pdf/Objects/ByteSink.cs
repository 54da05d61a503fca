using System.Text;

namespace Guide.Pdf.Objects;

/// <summary>
/// A growable byte buffer that PDF objects serialise into. PDF syntax is ASCII, so text goes in
/// through <see cref="Ascii(string)"/>; binary stream data goes in untouched.
/// </summary>
internal sealed class ByteSink
{
    private byte[] _buffer;

    public ByteSink(int capacity = 4096) => _buffer = new byte[Math.Max(capacity, 16)];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, Length);

    public ByteSink Ascii(string text)
    {
        Ensure(text.Length);
        Length += Encoding.ASCII.GetBytes(text, _buffer.AsSpan(Length));
        return this;
    }

    public ByteSink Byte(byte value)
    {
        Ensure(1);
        _buffer[Length++] = value;
        return this;
    }

    public ByteSink Bytes(ReadOnlySpan<byte> data)
    {
        Ensure(data.Length);
        data.CopyTo(_buffer.AsSpan(Length));
        Length += data.Length;
        return this;
    }

    public byte[] ToArray() => Written.ToArray();

    private void Ensure(int extra)
    {
        if (Length + extra <= _buffer.Length)
        {
            return;
        }

        var size = _buffer.Length;
        while (size < Length + extra)
        {
            size *= 2;
        }

        Array.Resize(ref _buffer, size);
    }
}
