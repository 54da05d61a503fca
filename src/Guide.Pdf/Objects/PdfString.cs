using System.Text;

namespace Guide.Pdf.Objects;

/// <summary>
/// A PDF string (ISO 32000-1 §7.3.4). Text strings (§7.9.2.2) that are plain printable ASCII are
/// written as literals; anything else as UTF-16BE with a byte order mark, in hex, which every
/// reader decodes the same way.
/// </summary>
internal sealed class PdfString : PdfObject
{
    private readonly byte[] _bytes;
    private readonly bool _hex;

    private PdfString(byte[] bytes, bool hex)
    {
        _bytes = bytes;
        _hex = hex;
    }

    /// <summary>A text string for titles, field names, tooltips and values.</summary>
    public static PdfString Text(string text)
    {
        if (text.All(c => c is >= ' ' and <= '~'))
        {
            return new PdfString(Encoding.ASCII.GetBytes(text), hex: false);
        }

        var utf16 = Encoding.BigEndianUnicode.GetBytes(text);
        return new PdfString([0xFE, 0xFF, .. utf16], hex: true);
    }

    /// <summary>A byte string written as ASCII (dates, default appearance strings).</summary>
    public static PdfString Ascii(string text) => new(Encoding.ASCII.GetBytes(text), hex: false);

    /// <summary>A byte string written in hex (document ids).</summary>
    public static PdfString Hex(byte[] bytes) => new(bytes, hex: true);

    public override void WriteTo(ByteSink sink)
    {
        if (_hex)
        {
            sink.Byte((byte)'<').Ascii(Convert.ToHexString(_bytes)).Byte((byte)'>');
            return;
        }

        sink.Byte((byte)'(');
        foreach (var b in _bytes)
        {
            if (b is (byte)'(' or (byte)')' or (byte)'\\')
            {
                sink.Byte((byte)'\\');
            }

            sink.Byte(b);
        }

        sink.Byte((byte)')');
    }
}
