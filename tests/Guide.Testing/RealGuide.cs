using System.IO.Compression;
using Guide.Building;
using Guide.Hosting;
using Guide.Output;

namespace Guide.Testing;

/// <summary>
/// The repository's guide (input/, worksheets/, rehearsals/) built once per test assembly and shared by
/// every fixture that reads it, each way HR ships it: a normal build for a web server, with the PDFs when
/// the worksheet font is cached (as in CI), and a portable build, also packed as the zip a team unpacks.
/// Each is made on first use; the folders are deleted when the test process ends.
/// </summary>
public sealed class RealGuide
{
    private static readonly Lazy<RealGuide> Shared = new(() => new RealGuide());

    private readonly string _root = Directory.CreateTempSubdirectory("guide-real-").FullName;
    private readonly Lazy<BuildResult> _build;
    private readonly Lazy<BuildResult> _portableBuild;
    private readonly Lazy<string> _served;
    private readonly Lazy<string> _portable;
    private readonly Lazy<string> _unzipped;

    private RealGuide()
    {
        _build = new(() => Build(portable: false));
        _portableBuild = new(() => Build(portable: true));
        _served = new(() => Write("served", _build.Value));
        _portable = new(() => Write("portable", _portableBuild.Value));
        _unzipped = new(() =>
        {
            var folder = Path.Combine(_root, "unzipped");
            using var zip = new MemoryStream(SiteZip.Pack("review-guide", _portableBuild.Value.Files!.All()));
            ZipFile.ExtractToDirectory(zip, folder);
            return Path.Combine(folder, "review-guide");
        });
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Delete(_root);
    }

    /// <summary>The guide of this test run.</summary>
    public static RealGuide Get() => Shared.Value;

    /// <summary>PDFs are built when the worksheet font is in the cache (.ci/run puts it there).</summary>
    public static bool WithPdfs => Requires.HasFont;

    /// <summary>The normal build, in memory.</summary>
    public BuildResult Result => _build.Value;

    /// <summary>The portable build (links end in index.html), in memory.</summary>
    public BuildResult PortableResult => _portableBuild.Value;

    /// <summary>The normal build's output folder.</summary>
    public string Served => _served.Value;

    /// <summary>The portable build's output folder.</summary>
    public string Portable => _portable.Value;

    /// <summary>The portable build as a reader gets it: the zip of <c>--portable --zip</c>, unpacked.</summary>
    public string PortableUnzipped => _unzipped.Value;

    /// <summary>A file of the normal build as text.</summary>
    public string Text(string path) =>
        System.Text.Encoding.UTF8.GetString(Result.Files!.All().FirstOrDefault(f => f.Key == path).Value
            ?? throw new FileNotFoundException($"the real guide has no {path}"));

    private BuildResult Build(bool portable)
    {
        var options = new BuildOptions(Repo.Input, Path.Combine(_root, "unused")) { Portable = portable, Worksheets = WithPdfs };
        var result = new SiteBuilder(options, NoProgress.Instance).Build();
        Assert.True(result.Succeeded, "the real guide does not build:\n" + string.Join('\n', result.Diagnostics));
        return result;
    }

    private string Write(string name, BuildResult result)
    {
        var folder = Path.Combine(_root, name);
        AtomicWriter.Write(folder, result.Files!);
        return folder;
    }

    private static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
