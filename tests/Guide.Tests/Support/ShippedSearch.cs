using Guide.Building;
using Guide.Testing;

namespace Guide.Tests.Support;

/// <summary>
/// Asks the shipped search client over the index a build wrote: the index is split into coded parts,
/// so only the client can say what it finds.
/// </summary>
internal static class ShippedSearch
{
    /// <summary>The page paths (anchor dropped) the client finds for <paramref name="query"/>, in rank order.</summary>
    public static List<string> Pages(BuildResult result, string lang, string query)
    {
        var folder = Path.Combine(Path.GetTempPath(), "guide-search-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            foreach (var (path, bytes) in result.Files!.All().Where(f => f.Key.StartsWith("assets/search/", StringComparison.Ordinal)))
            {
                var file = Path.Combine(folder, path);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllBytes(file, bytes);
            }
            var manifest = Directory.GetFiles(Path.Combine(folder, "assets", "search"), $"index.{lang}.*.js").Single();
            return JsClient.Pages(JsClient.Run([manifest], [JsClient.Search(lang, query)])[0]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
