using System.IO.Compression;

namespace Guide.Hosting;

/// <summary>
/// The whole output in one zip, for sending to a team that opens it from disk. Entries sit below one
/// folder named after the zip (<c>review-guide.zip</c> unpacks to <c>review-guide/</c>), in ordinal
/// order, with one fixed time, so the same site always gives the same bytes.
/// </summary>
public static class SiteZip
{
    /// <summary>Zip's DOS time starts in 1980; every entry gets its first day rather than the build time.</summary>
    public static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The folder the zip unpacks to: its own name without <c>.zip</c>.</summary>
    public static string FolderOf(string zipPath) => Path.GetFileNameWithoutExtension(Path.GetFullPath(zipPath));

    /// <summary>The zip's bytes, entries below <paramref name="folder"/>.</summary>
    public static byte[] Pack(string folder, IEnumerable<KeyValuePair<string, byte[]>> files)
    {
        var all = files.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        Pack(buffer, folder, all.Keys, path => all[path]);
        return buffer.ToArray();
    }

    /// <summary>
    /// The zip written to <paramref name="target"/>, each file read when its entry is written, so a large site
    /// is never in memory whole.
    /// </summary>
    public static void Pack(Stream target, string folder, IEnumerable<string> paths, Func<string, byte[]> read)
    {
        using (var zip = new ZipArchive(target, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var path in paths.Order(StringComparer.Ordinal))
            {
                var content = read(path);
                // PDFs and raster images are compressed inside already; deflating them again only costs time.
                var level = Precompressor.IsText(path) ? CompressionLevel.Optimal : CompressionLevel.NoCompression;
                var entry = zip.CreateEntry($"{folder}/{path}", level);
                entry.LastWriteTime = EntryTime;
                using var stream = entry.Open();
                stream.Write(content);
            }
        }
    }
}
