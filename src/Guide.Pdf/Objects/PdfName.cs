using System.Text;

namespace Guide.Pdf.Objects;

/// <summary>
/// A PDF name (ISO 32000-1 §7.3.5). Bytes outside the regular characters are written as
/// <c>#xx</c> of their UTF-8 encoding, so any export value or font name survives.
/// </summary>
internal sealed class PdfName(string value) : PdfObject
{
    public string Value { get; } = value;

    public override void WriteTo(ByteSink sink)
    {
        sink.Byte((byte)'/');
        foreach (var b in Encoding.UTF8.GetBytes(Value))
        {
            if (b is < 0x21 or > 0x7E || IsDelimiter(b) || b == (byte)'#')
            {
                sink.Byte((byte)'#').Ascii(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                sink.Byte(b);
            }
        }
    }

    private static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>'
        or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    public static implicit operator PdfName(string value) => new(value);
}
