namespace Guide.Search.Tests;

/// <summary>Index files written by the C# builder into a temporary folder, as the pipeline writes them to search/.</summary>
internal sealed class IndexFiles : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "guide-search-" + Guid.NewGuid().ToString("N"));

    public IndexFiles()
    {
        Directory.CreateDirectory(_folder);
    }

    /// <summary>The manifests, one per language added.</summary>
    public List<string> Paths { get; } = [];

    /// <summary>The fixture guide in both languages.</summary>
    public static IndexFiles ForFixtures(SearchIndexOptions? options = null)
    {
        var files = new IndexFiles();
        files.Add("zh-CN", Fixtures.Chinese, options);
        files.Add("en", Fixtures.English, options);
        return files;
    }

    public string Add(string lang, IReadOnlyList<SearchDocument> docs, SearchIndexOptions? options = null, Func<string, string>? address = null)
    {
        var path = Write(_folder, SearchIndexBuilder.Build(lang, docs, options), address);
        Paths.Add(path);
        return path;
    }

    /// <summary>
    /// Writes each part at <paramref name="address"/> of its name (its own name if not given) and the
    /// manifest as index.&lt;lang&gt;.js; returns the manifest's path.
    /// </summary>
    public static string Write(string folder, SearchIndex index, Func<string, string>? address = null)
    {
        address ??= name => name;
        foreach (var part in index.Parts)
        {
            var file = Path.Combine(folder, address(part.Name));
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, part.Script);
        }
        var manifest = Path.Combine(folder, $"index.{index.Lang}.js");
        File.WriteAllText(manifest, index.Manifest(address));
        return manifest;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
