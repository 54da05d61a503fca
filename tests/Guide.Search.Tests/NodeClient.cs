using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace Guide.Search.Tests;

/// <summary>
/// Runs the shipped client (theme/wwwroot/js/search.js, copied next to the tests) under Node,
/// with index files written by <see cref="SearchIndexBuilder"/>: the same code a reader's browser runs.
/// </summary>
internal static class NodeClient
{
    private static readonly string Driver = Path.Combine(AppContext.BaseDirectory, "client-driver.js");
    private static readonly string Client = Path.Combine(AppContext.BaseDirectory, "client", "search.js");

    /// <summary>Sends the calls in one Node process and returns one answer per call.</summary>
    public static JsonArray Run(IEnumerable<string> indexFiles, IEnumerable<JsonObject> calls)
    {
        var request = new JsonObject
        {
            ["indexFiles"] = new JsonArray([.. indexFiles.Select(f => JsonValue.Create(f))]),
            ["calls"] = new JsonArray([.. calls]),
        };
        var start = new ProcessStartInfo("node", [Driver, Client])
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
        if (node.ExitCode != 0)
        {
            throw new InvalidOperationException($"node exited with {node.ExitCode}: {stderr.Result}");
        }

        return JsonNode.Parse(stdout.Result)!.AsArray();
    }

    public static JsonObject Search(string lang, string query, JsonObject? options = null) =>
        new() { ["op"] = "search", ["lang"] = lang, ["query"] = query, ["options"] = options ?? [] };

    public static JsonObject Tokenize(string text) => new() { ["op"] = "tokenize", ["text"] = text };

    public static JsonObject Stem(string word) => new() { ["op"] = "stem", ["word"] = word };

    /// <summary>Every page of an index with its sections, decoded by the client.</summary>
    public static JsonObject AllPages(string lang) => new() { ["op"] = "pages", ["lang"] = lang };

    /// <summary>The parts loaded since the last time this was asked, as addresses relative to the manifest.</summary>
    public static JsonObject Loaded() => new() { ["op"] = "loaded" };

    /// <summary>The page paths (anchor dropped) of a search answer, in rank order.</summary>
    public static List<string> Pages(JsonNode? answer) =>
        [.. answer!.AsArray().Select(r => r!["page"]!.GetValue<string>())];
}
