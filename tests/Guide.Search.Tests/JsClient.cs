using System.Text.Json.Nodes;
using Jint;

namespace Guide.Search.Tests;

/// <summary>
/// Runs the shipped client (theme/wwwroot/js/search.js, copied next to the tests) in-process with Jint,
/// with index files written by <see cref="SearchIndexBuilder"/>: the same code a reader's browser runs,
/// loaded the way a page loads it (the client, then each index as a script) and asked through its
/// public entry, <c>GuideSearch.search(GuideSearch.indexes[lang], query, options)</c>, so a new index
/// format or loading code keeps working here as long as that entry does.
/// </summary>
internal static class JsClient
{
    private static readonly string Client = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "client", "search.js"));

    /// <summary>Loads the client and the index files into a fresh engine, and returns one answer per call.</summary>
    public static JsonArray Run(IEnumerable<string> indexFiles, IEnumerable<JsonObject> calls)
    {
        var engine = new Engine(options => options.Strict());
        engine.Execute(Client);
        foreach (var file in indexFiles)
        {
            engine.Execute(File.ReadAllText(file));
        }
        var answers = new JsonArray();
        foreach (var call in calls)
        {
            engine.SetValue("call", call.ToJsonString());
            var json = engine.Evaluate("""
                (() => {
                  const c = JSON.parse(call), api = globalThis.GuideSearch;
                  switch (c.op) {
                    case "search": return JSON.stringify(api.search(api.indexes[c.lang], c.query, c.options || {}));
                    case "tokenize": return JSON.stringify(api.tokenize(c.text));
                    case "stem": return JSON.stringify(api.stem(c.word));
                    case "index": return JSON.stringify(api.indexes[c.lang]);
                    default: throw new Error("unknown op " + c.op);
                  }
                })()
                """).AsString();
            answers.Add(JsonNode.Parse(json));
        }
        return answers;
    }

    public static JsonObject Search(string lang, string query, JsonObject? options = null) =>
        new() { ["op"] = "search", ["lang"] = lang, ["query"] = query, ["options"] = options ?? [] };

    public static JsonObject Tokenize(string text) => new() { ["op"] = "tokenize", ["text"] = text };

    public static JsonObject Stem(string word) => new() { ["op"] = "stem", ["word"] = word };

    public static JsonObject Index(string lang) => new() { ["op"] = "index", ["lang"] = lang };

    /// <summary>The page paths (anchor dropped) of a search answer, in rank order.</summary>
    public static List<string> Pages(JsonNode? answer) =>
        [.. answer!.AsArray().Select(r => r!["page"]!.GetValue<string>())];
}
