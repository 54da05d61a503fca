using System.Text.Json.Nodes;
using Guide.Testing;

namespace Guide.Search.Tests;

/// <summary>
/// What a reader sees when typing into the box: the fixture guide, searched by the shipped client,
/// once with the index in as few files as the builder makes for a guide this small and once cut
/// into a file per term or two and a group per page, so each query loads parts as it goes.
/// </summary>
public abstract class RankingTests(SearchIndexOptions options) : IDisposable
{
    private readonly IndexFiles _files = IndexFiles.ForFixtures(options);

    public void Dispose()
    {
        _files.Dispose();
        GC.SuppressFinalize(this);
    }

    private JsonArray Search(string lang, string query, JsonObject? options = null) =>
        JsClient.Run(_files.Paths, [JsClient.Search(lang, query, options)])[0]!.AsArray();

    private static string Url(JsonNode? result) => result!["url"]!.GetValue<string>();

    [Fact]
    public void A_page_with_the_word_in_its_title_beats_a_page_with_it_in_the_body()
    {
        Assert.Equal(["zh-CN/during/listening/", "zh-CN/during/mindset/"], JsClient.Pages(Search("zh-CN", "倾听")));
        Assert.Equal(["en/during/listening/", "en/during/mindset/"], JsClient.Pages(Search("en", "listening")));
    }

    [Fact]
    public void An_unspaced_chinese_phrase_finds_the_section_that_contains_it()
    {
        Assert.Equal("zh-CN/after/monthly-review/", Url(Search("zh-CN", "每个月都")[0]));
    }

    [Fact]
    public void A_fragment_from_the_middle_of_a_heading_finds_that_section()
    {
        Assert.Equal("zh-CN/during/listening/#复述确认", Url(Search("zh-CN", "述确")[0]));
    }

    [Fact]
    public void A_mixed_chinese_and_english_query_finds_the_section_with_both()
    {
        Assert.Equal("zh-CN/before/improvement-plan/#用-smart-原则检查计划", Url(Search("zh-CN", "SMART 原则")[0]));
    }

    [Fact]
    public void A_full_width_query_finds_what_the_half_width_query_finds()
    {
        Assert.Equal(Search("zh-CN", "SMART 原则").ToJsonString(), Search("zh-CN", "ＳＭＡＲＴ　原则").ToJsonString());
    }

    [Fact]
    public void The_last_word_matches_as_a_prefix_while_typing()
    {
        Assert.Equal("en/during/listening/", JsClient.Pages(Search("en", "listeni"))[0]);
        Assert.Equal("en/faq/employees/#will-a-low-rating-block-a-promotion", Url(Search("en", "ratin")[0]));
        Assert.Equal("en/before/improvement-plan/", Url(Search("en", "improvem")[0]));
    }

    [Fact]
    public void A_space_after_the_last_word_ends_prefix_matching()
    {
        Assert.Empty(Search("en", "listeni "));
        Assert.Empty(Search("en", "listeni", new JsonObject { ["prefix"] = false }));
    }

    [Fact]
    public void English_word_forms_find_each_other()
    {
        Assert.Equal("en/faq/employees/#will-a-low-rating-block-a-promotion", Url(Search("en", "disagreed ratings")[0]));
        Assert.Equal("en/during/mindset/", Url(Search("en", "criticised ")[0]));
    }

    [Fact]
    public void Function_words_do_not_decide_the_ranking()
    {
        Assert.Equal(Url(Search("en", "notes ")[0]), Url(Search("en", "how do I take notes ")[0]));
        Assert.Equal("en/during/listening/#take-notes", Url(Search("en", "how do I take notes ")[0]));
    }

    [Fact]
    public void The_excerpt_and_heading_mark_the_matched_words_in_the_original_text()
    {
        var top = Search("zh-CN", "复述确认")[0]!;
        Assert.Contains(top["headingParts"]!.AsArray(), p => p!["mark"]!.GetValue<bool>() && p["text"]!.GetValue<string>() == "复述确认");
        var english = Search("en", "quotes")[0]!;
        Assert.Contains(english["excerpt"]!.AsArray(), p => p!["mark"]!.GetValue<bool>() && p["text"]!.GetValue<string>() == "quotes");
    }

    [Fact]
    public void One_section_stands_for_each_page_unless_asked_for_more()
    {
        var pages = JsClient.Pages(Search("zh-CN", "复述"));
        Assert.Equal(pages.Distinct().Count(), pages.Count);
        Assert.True(Search("zh-CN", "复述", new JsonObject { ["perPage"] = 3 }).Count > pages.Count);
    }

    [Fact]
    public void Tags_find_a_page_whose_text_uses_other_words()
    {
        Assert.Equal("en/during/listening/", JsClient.Pages(Search("en", "note-taking"))[0]);
    }

    [Fact]
    public void An_empty_or_punctuation_only_query_finds_nothing()
    {
        Assert.Empty(Search("zh-CN", ""));
        Assert.Empty(Search("zh-CN", "？！…"));
    }
}

public sealed class RankingTestsInFewFiles() : RankingTests(new SearchIndexOptions());

public sealed class RankingTestsInManyFiles() : RankingTests(new SearchIndexOptions { TermShardBytes = 1, PageGroupBytes = 1 });
