using System.Diagnostics;
using Guide.Building;
using Guide.Serving;

namespace Guide.EditBench;

/// <summary>
/// Save-to-reload time of the dev server: the clock starts just before a page is written and stops when
/// the reload event arrives on an open event stream, which is what an editor waits for. Each edit
/// changes the text of a page, alternating between the languages.
/// </summary>
public static class ReloadBenchmark
{
    private const int WarmUp = 3;

    public static async Task RunAsync(string repo, int edits, bool pdf)
    {
        var root = Repo.CopyGuide(repo);
        try
        {
            var options = new BuildOptions(Path.Combine(root, "input"), Path.Combine(root, "output"))
            {
                Worksheets = pdf,
                ThemeAssetsDir = Directory.Exists(Path.Combine(repo, "theme", "wwwroot")) ? Path.Combine(repo, "theme", "wwwroot") : null,
            };
            await using var server = await DevServer.StartAsync(new ServeOptions(options, Port: 0), TextWriter.Null);
            using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            using var response = await http.GetAsync(new Uri(server.Url, "__guide/events"), HttpCompletionOption.ResponseHeadersRead);
            using var events = new StreamReader(await response.Content.ReadAsStreamAsync());
            await NextEvent(events);

            var pages = Repo.EditedPages(root);
            var times = new List<double>();
            for (var i = 0; i < WarmUp + edits; i++)
            {
                var page = pages[i % pages.Count];
                var text = File.ReadAllText(page) + $"\nEdit {i}.\n";
                var clock = Stopwatch.StartNew();
                File.WriteAllText(page, text);
                var name = await NextEvent(events);
                var elapsed = clock.Elapsed.TotalMilliseconds;
                if (name != "reload")
                {
                    throw new InvalidOperationException($"edit {i} gave '{name}', not a reload");
                }
                if (i >= WarmUp)
                {
                    times.Add(elapsed);
                }
            }
            Console.WriteLine($"save → reload event ({(pdf ? "with" : "without")} PDFs, {edits} edits after {WarmUp} warm-up): {Repo.Figures(times)}");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<string> NextEvent(StreamReader events)
    {
        while (await events.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                return line["event: ".Length..];
            }
        }
        throw new EndOfStreamException("the event stream closed");
    }
}
