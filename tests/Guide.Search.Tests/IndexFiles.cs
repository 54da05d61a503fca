namespace Guide.Search.Tests;

/// <summary>Index files written by the C# builder into a temporary folder, as the pipeline writes them to search/.</summary>
internal sealed class IndexFiles : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "guide-search-" + Guid.NewGuid().ToString("N"));

    public IndexFiles()
    {
        Directory.CreateDirectory(_folder);
    }

    public List<string> Paths { get; } = [];

    /// <summary>The fixture guide in both languages.</summary>
    public static IndexFiles ForFixtures()
    {
        var files = new IndexFiles();
        files.Add("zh-CN", Fixtures.Chinese);
        files.Add("en", Fixtures.English);
        return files;
    }

    public string Add(string lang, IReadOnlyList<SearchDocument> docs)
    {
        var path = Path.Combine(_folder, $"index.{lang}.js");
        File.WriteAllText(path, SearchIndexBuilder.Build(lang, docs));
        Paths.Add(path);
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
