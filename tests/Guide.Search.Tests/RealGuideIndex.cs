using Guide.Building;
using Guide.Output;

namespace Guide.Search.Tests;

/// <summary>
/// The search indexes of the real guide: the folder in GUIDE_SEARCH_INDEX_DIR when set (to test a
/// build you made), otherwise a fresh build of the repository's input/ into a temporary folder, so
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

    private static string Find()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        var repo = new DirectoryInfo(AppContext.BaseDirectory);
        while (repo is not null && !System.IO.File.Exists(Path.Combine(repo.FullName, "Guide.sln")))
        {
            repo = repo.Parent;
        }
        var output = Path.Combine(Path.GetTempPath(), "guide-search-" + Environment.ProcessId);
        var options = new BuildOptions(Path.Combine(repo!.FullName, "input"), output) { Worksheets = false };
        var result = new SiteBuilder(options, NoProgress.Instance).Build();
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("the real guide does not build:\n" + string.Join("\n", result.Diagnostics));
        }
        AtomicWriter.Write(output, result.Files!);
        return Path.Combine(output, "assets", "search");
    }
}
