using System.Text.Json.Nodes;
using Jint;

namespace Guide.Testing;

/// <summary>
/// Runs the shipped client (theme/wwwroot/js/search.js) in-process with Jint,
/// with index files a build wrote: the same code a reader's browser runs,
/// loaded the way a page loads it (the client, then each index manifest as a script, then the parts a
/// query needs, from beside the manifest) and asked through its public entry,
/// <c>GuideSearch.open(manifest, load)</c>, so a new index format keeps working here as long as that entry does.
/// Jint interprets: a thousand queries take it about a minute, so a test that asks that many runs the
/// same calls in one Node process instead (<see cref="RunInNode"/>, through client-driver.js).
/// </summary>
public static class JsClient
{
    private static readonly string ClientPath = Path.Combine(Repo.Root, "theme", "wwwroot", "js", "search.js");
    private static readonly string Client = File.ReadAllText(ClientPath);

    /// <summary>Loads the client and the index manifests into a fresh engine, and returns one answer per call.</summary>
    public static JsonArray Run(IEnumerable<string> indexFiles, IEnumerable<JsonObject> calls)
    {
        var engine = new Engine(options => options.Strict());
        engine.Execute(Client);
        // A part is a classic script: the client asks for it by its address beside the manifest, and
        // it runs in the global scope as a <script> element would run it.
        engine.SetValue("readPart", new Func<string, string, string>((folder, file) => File.ReadAllText(Path.Combine(folder, file))));
        engine.Execute("""
            globalThis.__opened = {};
            globalThis.__loaded = [];
            globalThis.__open = (folder) => {
              const ns = globalThis.GuideSearch;
              for (const lang of Object.keys(ns.indexes)) {
                if (globalThis.__opened[lang]) continue;
                globalThis.__opened[lang] = ns.open(ns.indexes[lang], (file) => {
                  globalThis.__loaded.push(file);
                  (0, eval)(readPart(folder, file));
                });
              }
            };
            """);
        foreach (var file in indexFiles)
        {
            engine.Execute(File.ReadAllText(file));
            engine.Invoke("__open", Path.GetDirectoryName(file)!);
        }
        var answers = new JsonArray();
        foreach (var call in calls)
        {
            engine.SetValue("call", call.ToJsonString());
            var json = engine.Evaluate("""
                (async () => {
                  const c = JSON.parse(call), api = globalThis.GuideSearch, opened = globalThis.__opened;
                  switch (c.op) {
                    case "search": return JSON.stringify(await opened[c.lang].search(c.query, c.options || {}));
                    case "pages": return JSON.stringify(await opened[c.lang].pages());
                    case "loaded": return JSON.stringify(globalThis.__loaded.splice(0));
                    case "tokenize": return JSON.stringify(api.tokenize(c.text));
                    case "stem": return JSON.stringify(api.stem(c.word));
                    default: throw new Error("unknown op " + c.op);
                  }
                })()
                """).UnwrapIfPromise().AsString();
            answers.Add(JsonNode.Parse(json));
        }
        return answers;
    }

    /// <summary>The same calls with the same answers as <see cref="Run"/>, in one Node process: for tests that ask thousands.</summary>
    public static JsonArray RunInNode(IEnumerable<string> indexFiles, IEnumerable<JsonObject> calls)
    {
        Requires.Tool("node", "nodejs");
        var request = new JsonObject
        {
            ["indexFiles"] = new JsonArray([.. indexFiles.Select(f => JsonValue.Create(f))]),
            ["calls"] = new JsonArray([.. calls]),
        };
        var run = Processes.Run("node", [Path.Combine(Repo.Root, "tests", "Guide.Testing", "client-driver.js"), ClientPath], input: request.ToJsonString());
        Assert.True(run.ExitCode == 0, $"node exited with {run.ExitCode}: {run.Stderr}");
        return JsonNode.Parse(run.Stdout)!.AsArray();
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
