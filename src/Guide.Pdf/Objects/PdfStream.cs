using System.IO.Compression;

namespace Guide.Pdf.Objects;

/// <summary>
/// A PDF stream (ISO 32000-1 §7.3.8): a dictionary followed by data. Data is Flate-compressed
/// (§7.4.4) with the zlib wrapper that <c>/FlateDecode</c> expects.
/// </summary>
internal sealed class PdfStream : PdfDictionary
{
    private readonly byte[] _data;

    private PdfStream(byte[] data) => _data = data;

    /// <summary>Compresses <paramref name="data"/> and sets <c>/Filter /FlateDecode</c>.</summary>
    public static PdfStream Compressed(ReadOnlySpan<byte> data)
    {
        var stream = new PdfStream(Deflate(data));
        stream["Filter"] = new PdfName("FlateDecode");
        return stream;
    }

    public override void WriteTo(ByteSink sink)
    {
        this["Length"] = _data.Length;
        base.WriteTo(sink);
        sink.Ascii("\nstream\n").Bytes(_data).Ascii("\nendstream");
    }

    private static byte[] Deflate(ReadOnlySpan<byte> data)
    {
        using var buffer = new MemoryStream(data.Length / 2 + 64);
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return buffer.ToArray();
    }
}
