using Guide.Testing;

namespace Guide.Search.Tests;

/// <summary>
/// The search indexes of the real guide: the folder in GUIDE_SEARCH_INDEX_DIR when set (to test a
/// build you made), otherwise the test run's one build of the repository (<see cref="RealGuide"/>), so
/// the relevance table always runs against the content as it is now.
/// </summary>
internal static class RealGuideIndex
{
    public const string Variable = "GUIDE_SEARCH_INDEX_DIR";

    private static readonly Lazy<string> Built = new(Find);

    public static string Folder => Built.Value;

    /// <summary>The index file of a language: index.zh-CN.js, or index.zh-CN.&lt;hash&gt;.js.</summary>
    public static string? File(string lang)
    {
        var plain = Path.Combine(Folder, $"index.{lang}.js");
        return System.IO.File.Exists(plain)
            ? plain
            : Directory.EnumerateFiles(Folder, $"index.{lang}.*.js").Order(StringComparer.Ordinal).FirstOrDefault();
    }

    private static string Find() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured
            ? configured
            : Path.Combine(RealGuide.Get().Served, "assets", "search");
}
