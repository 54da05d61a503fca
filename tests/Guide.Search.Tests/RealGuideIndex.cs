namespace Guide.Search.Tests;

/// <summary>
/// Finds the indexes of a real build of the guide: the folder in GUIDE_SEARCH_INDEX_DIR, or the
/// repository's output/ after `guide build` (output/assets/search/ with content-hashed names, or
/// output/search/). Null when neither holds an index.
/// </summary>
internal static class RealGuideIndex
{
    public const string Variable = "GUIDE_SEARCH_INDEX_DIR";

    public static string? Folder { get; } = Find();

    /// <summary>The index file of a language: index.zh-CN.js, or index.zh-CN.&lt;hash&gt;.js.</summary>
    public static string? File(string lang)
    {
        if (Folder is null)
        {
            return null;
        }

        var plain = Path.Combine(Folder, $"index.{lang}.js");
        return System.IO.File.Exists(plain)
            ? plain
            : Directory.EnumerateFiles(Folder, $"index.{lang}.*.js").Order(StringComparer.Ordinal).FirstOrDefault();
    }

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "Guide.sln")))
            {
                return new[] { "output/assets/search", "output/search" }
                    .Select(p => Path.Combine(dir.FullName, p))
                    .FirstOrDefault(p => Directory.Exists(p) && Directory.EnumerateFiles(p, "index.*.js").Any());
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
