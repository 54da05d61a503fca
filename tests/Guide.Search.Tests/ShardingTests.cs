using System.Globalization;
using System.Text.Json.Nodes;
using Guide.Testing;

namespace Guide.Search.Tests;

/// <summary>
/// A query loads what it needs and no more: the shard of each term, the shards a word being typed
/// spans, the groups of the pages it shows, and the dictionary that decodes them.
/// </summary>
public sealed class ShardingTests : IDisposable
{
    private static readonly SearchIndexOptions Small = new() { TermShardBytes = 256, PageGroupBytes = 1 };

    private readonly IndexFiles _files = new();

    public ShardingTests()
    {
        // Three hundred pages: each has a word of its own (item17) and shares a few with the rest.
        var docs = Enumerable.Range(0, 300).Select(i => new SearchDocument(
            string.Create(CultureInfo.InvariantCulture, $"en/p{i:D3}/"), $"Page {i}", $"Page {i}", "About reviews.",
            string.Create(CultureInfo.InvariantCulture, $"item{i} review notes and {(i % 3 == 0 ? "feedback" : "goals")} for page {i}."))).ToList();
        _files.Add("en", docs, Small);
        _files.Add("zh-CN", Fixtures.Chinese, new SearchIndexOptions { TermShardBytes = 1, PageGroupBytes = 1 });
    }

    public void Dispose() => _files.Dispose();

    [Fact]
    public void A_finished_word_loads_its_own_shard_the_dictionary_and_the_group_of_its_page()
    {
        var answers = JsClient.Run(_files.Paths, [JsClient.Search("en", "item17 "), JsClient.Loaded()]);
        Assert.Equal(["en/p017/"], JsClient.Pages(answers[0]));
        var loaded = Loaded(answers[1]).Where(p => p.StartsWith("en/", StringComparison.Ordinal)).ToList();
        Assert.Equal(["en/g17.js", Single(loaded, "en/t"), "en/words.js"], loaded);
        Assert.True(ShardCount("en") > 20, $"{ShardCount("en")} shards: too few for this test to mean anything");
    }

    [Fact]
    public void A_word_being_typed_finds_completions_in_every_shard_its_prefix_spans()
    {
        var answers = JsClient.Run(_files.Paths, [JsClient.Search("en", "item17", new() { ["limit"] = 20 }), JsClient.Loaded()]);
        // item17 and item170 to item179: eleven pages, whose terms fill more than one shard. (The
        // shards of item, item1 and the like are read too: a stem the word may already extend.)
        Assert.Equal(11, JsClient.Pages(answers[0]).Count);
        var shards = Loaded(answers[1]).Count(p => p.StartsWith("en/t", StringComparison.Ordinal));
        Assert.InRange(shards, 2, ShardCount("en") / 4);
    }

    [Fact]
    public void An_unspaced_chinese_query_loads_the_shards_of_its_characters_and_pairs()
    {
        // One term per shard: 复 复述 述 述确 确 确认 认, seven shards and no others.
        var answers = JsClient.Run(_files.Paths, [JsClient.Search("zh-CN", "复述确认"), JsClient.Loaded()]);
        Assert.Equal("zh-CN/during/listening/#复述确认", answers[0]![0]!["url"]!.GetValue<string>());
        Assert.Equal(7, Loaded(answers[1]).Count(p => p.StartsWith("zh-CN/t", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_common_word_loads_the_groups_of_the_best_pages_not_every_page()
    {
        var answers = JsClient.Run(_files.Paths, [JsClient.Search("en", "feedback ", new() { ["limit"] = 5 }), JsClient.Loaded()]);
        Assert.Equal(5, JsClient.Pages(answers[0]).Count);
        // A hundred pages have the word, and as many groups (one page each); a query scores at most 32.
        var groups = Loaded(answers[1]).Count(p => p.StartsWith("en/g", StringComparison.Ordinal));
        Assert.InRange(groups, 5, 32);
    }

    private static List<string> Loaded(JsonNode? answer) => [.. answer!.AsArray().Select(p => p!.GetValue<string>()).Order(StringComparer.Ordinal)];

    private static string Single(List<string> loaded, string prefix) => Assert.Single(loaded, p => p.StartsWith(prefix, StringComparison.Ordinal));

    private int ShardCount(string lang) =>
        Directory.EnumerateFiles(Path.Combine(Path.GetDirectoryName(_files.Paths[0])!, lang), "t*.js").Count();
}
