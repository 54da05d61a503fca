using Guide.Building;
using Guide.Output;
using Guide.Tests.Support;

namespace Guide.Tests.Theme;

/// <summary>
/// The real guide built once for the theme tests: a normal build (for a server, and from disk since script
/// names index.html there) and a portable build (for file:// without script). PDFs only when asked, so
/// the theme tests run without the worksheet font.
/// </summary>
public sealed class BuiltGuide : IDisposable
{
    public BuiltGuide(bool withPdfs = false)
    {
        Root = Path.Combine(Path.GetTempPath(), "guide-theme-" + Guid.NewGuid().ToString("N")[..12]);
        Served = Path.Combine(Root, "served");
        Portable = Path.Combine(Root, "portable");
        Write(new BuildOptions(Repo.Input, Served) { Worksheets = withPdfs });
        Write(new BuildOptions(Repo.Input, Portable) { Worksheets = false, Portable = true });
    }

    public string Root { get; }

    public string Served { get; }

    public string Portable { get; }

    public Uri File(string path) => new(Path.Combine(Portable, path));

    private static void Write(BuildOptions options)
    {
        var result = new SiteBuilder(options, NoProgress.Instance).Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        AtomicWriter.Write(options.OutputDir, result.Files!);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
