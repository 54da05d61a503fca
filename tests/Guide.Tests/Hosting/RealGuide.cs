using System.IO.Compression;
using Guide.Building;
using Guide.Hosting;
using Guide.Tests.Support;
using Guide.Worksheets;

namespace Guide.Tests.Hosting;

/// <summary>
/// The real guide built the two ways HR ships it: a folder for a web server, and a portable zip that is
/// unpacked and opened from disk. Built once for the hosting tests, each on first use.
/// </summary>
public sealed class RealGuide : IDisposable
{
    public const string Collection = "real guide builds";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "guide-hosting-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly Lazy<string> _served;
    private readonly Lazy<string> _portable;

    public RealGuide()
    {
        _served = new(() => Build(Path.Combine(_root, "served"), portable: false));
        _portable = new(() =>
        {
            var zip = Path.Combine(_root, "review-guide.zip");
            Build(Path.Combine(_root, "portable"), portable: true, zip);
            ZipFile.ExtractToDirectory(zip, Path.Combine(_root, "unzipped"));
            return Path.Combine(_root, "unzipped", "review-guide");
        });
    }

    /// <summary>The output folder of a normal build (links end in '/').</summary>
    public string Served => _served.Value;

    /// <summary>The portable build as a reader gets it: the zip from <c>--portable --zip</c>, unpacked.</summary>
    public string PortableUnzipped => _portable.Value;

    /// <summary>
    /// PDFs are built when the worksheet font is in the cache (.ci/run puts it there), so the crawl
    /// follows the download links too; without it the site is built alone.
    /// </summary>
    public static bool WithPdfs => File.Exists(new FontLocator().CachedRegular);

    private static string Build(string output, bool portable, string? zip = null)
    {
        var options = new BuildOptions(Repo.Input, output) { Portable = portable, Worksheets = WithPdfs, ZipPath = zip };
        var built = new SiteBuilder(options, NoProgress.Instance).Build();
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        var published = Publisher.Write(options, built, NoProgress.Instance);
        Assert.True(published.Succeeded, string.Join('\n', published.Diagnostics));
        return output;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

[CollectionDefinition(RealGuide.Collection)]
public sealed class RealGuideCollection : ICollectionFixture<RealGuide>;
