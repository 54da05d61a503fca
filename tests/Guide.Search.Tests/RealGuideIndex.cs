namespace Guide.Search.Tests;

/// <summary>
/// Finds the indexes of a real build of the guide: the folder in GUIDE_SEARCH_INDEX_DIR, or
/// output/search/ of the repository after `guide build`. Null when neither holds an index.
/// </summary>
internal static class RealGuideIndex
{
    public const string Variable = "GUIDE_SEARCH_INDEX_DIR";

    public static string? Folder { get; } = Find();

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Guide.sln")))
            {
                var output = Path.Combine(dir.FullName, "output", "search");
                return Directory.Exists(output) && Directory.EnumerateFiles(output, "index.*.js").Any() ? output : null;
            }
        }

        return null;
    }
}

/// <summary>A test that needs the real guide's index; skipped, saying how to provide one, when there is none.</summary>
public sealed class RealGuideIndexFactAttribute : FactAttribute
{
    public RealGuideIndexFactAttribute()
    {
        if (RealGuideIndex.Folder is null)
        {
            Skip = $"No index of the real guide: build the site to output/ or set {RealGuideIndex.Variable} to a folder holding index.<lang>.js files.";
        }
    }
}
