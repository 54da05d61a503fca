using Guide.Building;
using Guide.Output;
using Guide.Tests.Support;

namespace Guide.Tests.Theme;

/// <summary>
/// The real guide built once for a test class: a normal build (for a server) and a portable build
/// (for file://), both without PDFs so the theme tests do not depend on fonts.
/// </summary>
public sealed class BuiltGuide : IDisposable
{
    public BuiltGuide()
    {
        Root = Path.Combine(Path.GetTempPath(), "guide-theme-" + Guid.NewGuid().ToString("N")[..12]);
        Served = Path.Combine(Root, "served");
        Portable = Path.Combine(Root, "portable");
        Write(new BuildOptions(Repo.Input, Served) { Worksheets = false });
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
