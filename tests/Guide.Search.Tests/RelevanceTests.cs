using System.Globalization;
using Guide.Testing;

namespace Guide.Search.Tests;

/// <summary>
/// The relevance table (relevance.tsv): queries a worried reader types, each with the page that
/// must appear in the top three results of the shipped client searching the real guide.
/// </summary>
public class RelevanceTests
{
    /// <summary>Expected may name several right answers, separated by '|' (a topic page and its worksheet, say).</summary>
    private sealed record Row(string Query, string Lang, string Expected)
    {
        public IReadOnlyList<string> Answers => Expected.Split('|');
    }

    private static List<Row> Table() =>
    [
        .. File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "relevance.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(cols => new Row(cols[0], cols[1], cols[2])),
    ];

    [Fact]
    public void The_table_has_forty_queries_or_more_half_in_each_language()
    {
        var rows = Table();
        Assert.True(rows.Count >= 40, $"{rows.Count} queries");
        var chinese = rows.Count(r => r.Lang == "zh-CN");
        Assert.InRange(chinese, rows.Count / 2 - 2, rows.Count / 2 + 2);
        Assert.All(rows.SelectMany(r => r.Answers), a => Assert.EndsWith("/", a, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_query_finds_its_page_in_the_top_three()
    {
        var rows = Table();
        var files = rows.Select(r => r.Lang).Distinct()
            .Select(lang => RealGuideIndex.File(lang) ?? throw new FileNotFoundException($"no index.{lang}.js in {RealGuideIndex.Folder}"))
            .ToList();
        var answers = JsClient.Run(files, rows.Select(r => JsClient.Search(r.Lang, r.Query, new() { ["limit"] = 3 })));
        var misses = new List<string>();
        for (var i = 0; i < rows.Count; i++)
        {
            var pages = JsClient.Pages(answers[i]).Select(p => PagePath(p, rows[i].Lang)).ToList();
            if (!pages.Intersect(rows[i].Answers).Any())
            {
                misses.Add(string.Create(CultureInfo.InvariantCulture,
                    $"  \"{rows[i].Query}\" ({rows[i].Lang}): want {rows[i].Expected}, got {string.Join(", ", pages)}"));
            }
        }

        Assert.True(misses.Count == 0, $"{misses.Count} of {rows.Count} queries missed their page:\n{string.Join('\n', misses)}");
    }

    /// <summary>
    /// The client loads only the pages whose bound can still beat its results; on the real guide
    /// that must give exactly what scoring every page gives, for every query as it is typed.
    /// </summary>
    [Fact]
    public void Every_query_as_typed_gets_the_results_of_scoring_every_page()
    {
        var typed = Table().SelectMany(r => Enumerable.Range(1, r.Query.Length).Select(n => (r.Lang, Query: r.Query[..n]))).Distinct().ToList();
        var files = typed.Select(t => t.Lang).Distinct().Select(lang => RealGuideIndex.File(lang)!).ToList();
        var answers = JsClient.RunInNode(files, typed.SelectMany(t => new[]
        {
            JsClient.Search(t.Lang, t.Query, new() { ["limit"] = 8 }),
            JsClient.Search(t.Lang, t.Query, new() { ["limit"] = 8, ["exhaustive"] = true }),
        }));
        var differ = typed.Where((t, i) => answers[2 * i]!.ToJsonString() != answers[2 * i + 1]!.ToJsonString())
            .Select(t => $"  \"{t.Query}\" ({t.Lang})").ToList();
        Assert.True(differ.Count == 0, $"{differ.Count} of {typed.Count} queries differ from scoring every page:\n{string.Join('\n', differ.Take(20))}");
    }

    // zh-CN/during/listening/ and zh-CN/during/listening/index.html (portable builds) are both during/listening/.
    private static string PagePath(string page, string lang)
    {
        var path = page.StartsWith(lang + "/", StringComparison.Ordinal) ? page[(lang.Length + 1)..] : page;
        return path.EndsWith("index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path;
    }
}
