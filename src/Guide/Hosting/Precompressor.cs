using System.IO.Compression;

namespace Guide.Hosting;

/// <summary>
/// Gzip and Brotli copies of the text files (<c>page.html.gz</c>, <c>page.html.br</c> beside
/// <c>page.html</c>), so a web server can send them as they are (nginx gzip_static, brotli_static;
/// an IIS rewrite rule) instead of compressing every response again.
/// </summary>
public static class Precompressor
{
    /// <summary>The extensions worth compressing; images other than SVG and PDFs are compressed already.</summary>
    public static readonly IReadOnlyList<string> TextExtensions =
        [".html", ".css", ".js", ".svg", ".xml", ".txt", ".json", ".webmanifest"];

    /// <summary>The compressed copies of every text file among <paramref name="files"/>, in the order given.</summary>
    public static IEnumerable<(string Path, byte[] Content)> CopiesOf(IEnumerable<KeyValuePair<string, byte[]>> files)
    {
        foreach (var (path, content) in files)
        {
            if (!IsText(path))
            {
                continue;
            }
            yield return (path + ".gz", Gzip(content));
            yield return (path + ".br", Brotli(content));
        }
    }

    public static bool IsText(string path) =>
        TextExtensions.Any(ext => path.EndsWith(ext, StringComparison.OrdinalIgnoreCase));

    /// <summary>Gzip at the optimal level. The header has no file name and no time, so equal input gives equal bytes.</summary>
    public static byte[] Gzip(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(content);
        }
        var bytes = buffer.ToArray();
        // The header's OS byte (RFC 1952, offset 9) names the platform zlib was built for; "unknown"
        // keeps a build on Windows byte-identical to one on Linux.
        bytes[9] = 0xFF;
        return bytes;
    }

    /// <summary>
    /// Brotli at the optimal level (quality 4). On the real guide quality 11 is about a fifth smaller but adds
    /// seconds to every build; the level is kept where the brief set it until a measurement asks otherwise.
    /// </summary>
    public static byte[] Brotli(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var brotli = new BrotliStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            brotli.Write(content);
        }
        return buffer.ToArray();
    }
}
