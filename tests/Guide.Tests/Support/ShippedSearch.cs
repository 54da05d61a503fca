using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Guide.Building;

namespace Guide.Tests.Support;

/// <summary>
/// Asks the shipped search client (theme/wwwroot/js/search.js) under Node, over the index a build wrote:
/// the index is split into coded parts, so only the client can say what it finds.
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
            var request = new JsonObject
            {
                ["indexFiles"] = new JsonArray(JsonValue.Create(manifest)),
                ["calls"] = new JsonArray(new JsonObject { ["op"] = "search", ["lang"] = lang, ["query"] = query }),
            };
            var start = new ProcessStartInfo("node", [Path.Combine(Repo.Root, "tests", "Guide.Search.Tests", "client-driver.js"), Path.Combine(Repo.Root, "theme", "wwwroot", "js", "search.js")])
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardInputEncoding = new UTF8Encoding(false),
                StandardOutputEncoding = Encoding.UTF8,
            };
            using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start; is Node.js on PATH?");
            var stdout = node.StandardOutput.ReadToEndAsync();
            var stderr = node.StandardError.ReadToEndAsync();
            node.StandardInput.Write(request.ToJsonString());
            node.StandardInput.Close();
            node.WaitForExit();
            Assert.True(node.ExitCode == 0, $"node exited with {node.ExitCode}: {stderr.Result}");
            var answer = JsonNode.Parse(stdout.Result)!.AsArray()[0]!.AsArray();
            return [.. answer.Select(r => r!["page"]!.GetValue<string>())];
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
