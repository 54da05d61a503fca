using System.IO.Compression;
using Guide.Hosting;

namespace Guide.Tests.Hosting;

/// <summary>
/// <c>build --precompress</c> and <c>build --zip FILE</c> as HR runs them: the compressed copies a web
/// server sends, and the one file a team unpacks and opens. Both are the same bytes on every build.
/// </summary>
public sealed class PackagingTests : IDisposable
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private readonly FixtureSite _site;

    public PackagingTests()
    {
        var files = FixtureSite.Small();
        files["input/en/before/index.md"] += "\n![A photo](../../assets/photo.png)\n";
        files["input/zh-CN/before/index.md"] += "\n![一张照片](../../assets/photo.png)\n";
        _site = new FixtureSite(files);
        Directory.CreateDirectory(Path.Combine(_site.Input, "assets"));
        File.WriteAllBytes(Path.Combine(_site.Input, "assets", "photo.png"), Png);
    }

    [Fact]
    public void Precompress_puts_a_gzip_and_a_brotli_copy_beside_each_text_file_and_none_beside_images()
    {
        var run = Processes.Guide(_site.Root, "build", "--no-pdf", "--precompress");
        Assert.True(run.ExitCode == 0, run.Stderr);

        var files = Directory.EnumerateFiles(_site.Output, "*", SearchOption.AllDirectories).ToList();
        var originals = files.Where(f => !f.EndsWith(".gz", StringComparison.Ordinal) && !f.EndsWith(".br", StringComparison.Ordinal)).ToList();
        Assert.Contains(originals, f => f.EndsWith(".svg", StringComparison.Ordinal) || f.EndsWith(".css", StringComparison.Ordinal));
        foreach (var file in originals)
        {
            var text = Precompressor.IsText(file);
            Assert.True(text == File.Exists(file + ".gz"), $"{file}: .gz expected {text}");
            Assert.True(text == File.Exists(file + ".br"), $"{file}: .br expected {text}");
            if (text)
            {
                var content = File.ReadAllBytes(file);
                Assert.Equal(content, Inflate(new GZipStream(File.OpenRead(file + ".gz"), CompressionMode.Decompress)));
                Assert.Equal(content, Inflate(new BrotliStream(File.OpenRead(file + ".br"), CompressionMode.Decompress)));
            }
        }
        var page = Path.Combine(_site.Output, "zh-CN", "before", "index.html");
        Assert.True(new FileInfo(page + ".gz").Length < new FileInfo(page).Length / 2);
        Assert.False(File.Exists(Path.Combine(_site.Output, "assets", "photo.png.gz")));
    }

    [Fact]
    public void Precompressed_output_is_the_same_bytes_on_every_build()
    {
        Assert.Equal(0, Processes.Guide(_site.Root, "build", "--no-pdf", "--precompress").ExitCode);
        var first = OutputTree.Hashes(_site.Output);

        Assert.Equal(0, Processes.Guide(_site.Root, "build", "--no-pdf", "--precompress").ExitCode);

        Assert.Equal(first, OutputTree.Hashes(_site.Output));
        Assert.Contains(first.Keys, p => p.EndsWith(".html.br", StringComparison.Ordinal));
    }

    [Fact]
    public void The_zip_holds_the_site_below_one_folder_in_name_order_with_one_fixed_time()
    {
        var run = Processes.Guide(_site.Root, "build", "--no-pdf", "--portable", "--precompress", "--zip", "review-guide.zip");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("review-guide.zip", run.Stdout);

        using var zip = ZipFile.OpenRead(Path.Combine(_site.Root, "review-guide.zip"));
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.All(zip.Entries, e => Assert.Equal(SiteZip.EntryTime.DateTime, e.LastWriteTime.DateTime));
        // The zip is for opening from disk: the site as built, without the copies only a server can use
        // and without the marker that tells a build the folder is its own.
        var site = OutputTree.Hashes(_site.Output)
            .Where(f => !f.Key.EndsWith(".gz", StringComparison.Ordinal) && !f.Key.EndsWith(".br", StringComparison.Ordinal) && f.Key != Guide.Output.OutputFolder.MarkerName)
            .ToDictionary();
        Assert.Equal(site.Keys.Select(k => "review-guide/" + k).Order(StringComparer.Ordinal), names);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            Assert.Equal(site[entry.FullName["review-guide/".Length..]], Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(stream)));
        }
    }

    [Fact]
    public void The_zip_is_the_same_bytes_on_every_build()
    {
        Assert.Equal(0, Processes.Guide(_site.Root, "build", "--no-pdf", "--portable", "--zip", "out/guide.zip").ExitCode);
        var first = File.ReadAllBytes(Path.Combine(_site.Root, "out", "guide.zip"));

        Assert.Equal(0, Processes.Guide(_site.Root, "build", "--no-pdf", "--portable", "--zip", "out/guide.zip").ExitCode);

        Assert.Equal(first, File.ReadAllBytes(Path.Combine(_site.Root, "out", "guide.zip")));
    }

    [Fact]
    public void A_zip_that_cannot_be_written_fails_the_build_and_leaves_the_output_as_it_was()
    {
        Assert.Equal(0, Processes.Guide(_site.Root, "build", "--no-pdf").ExitCode);
        var before = OutputTree.Hashes(_site.Output);
        _site.Write("input/en/index.md", "---\ntitle: Home again\n---\n\nChanged.\n");
        _site.Write("blocked", "a file where the zip's folder should be");

        var run = Processes.Guide(_site.Root, "build", "--no-pdf", "--zip", "blocked/guide.zip");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"blocked/guide\.zip:1:1: error GUIDE012: the zip could not be written", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
        Assert.Equal(before, OutputTree.Hashes(_site.Output));
    }

    private static byte[] Inflate(Stream decompressing)
    {
        using (decompressing)
        using (var copy = new MemoryStream())
        {
            decompressing.CopyTo(copy);
            return copy.ToArray();
        }
    }

    public void Dispose() => _site.Dispose();
}
