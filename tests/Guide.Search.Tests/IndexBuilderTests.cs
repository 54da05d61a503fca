using System.Text.Json.Nodes;

namespace Guide.Search.Tests;

public class IndexBuilderTests
{
    [Fact]
    public void Same_documents_give_the_same_bytes_whatever_order_the_pages_arrive_in()
    {
        var once = SearchIndexBuilder.Build("zh-CN", Fixtures.Chinese);
        var again = SearchIndexBuilder.Build("zh-CN", Fixtures.Chinese);
        var pagesReversed = Fixtures.Chinese.GroupBy(d => d.Url.Split('#')[0]).Reverse().SelectMany(g => g).ToList();
        Assert.Equal(once, again);
        Assert.Equal(once, SearchIndexBuilder.Build("zh-CN", pagesReversed));
    }

    [Fact]
    public void The_index_registers_itself_as_a_script_without_eval_or_fetch()
    {
        var script = SearchIndexBuilder.Build("en", Fixtures.English);
        Assert.Contains("globalThis.GuideSearch.indexes[\"en\"] = {", script, StringComparison.Ordinal);
        Assert.DoesNotContain("eval", script, StringComparison.Ordinal);
        Assert.DoesNotContain("fetch", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Chinese_is_written_as_characters_not_escapes()
    {
        var script = SearchIndexBuilder.Build("zh-CN", Fixtures.Chinese);
        Assert.Contains("积极倾听与复述确认", script, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_needs_escaping_arrives_in_the_browser_unchanged()
    {
        var text = "He said \"no\" \\ then </script> \u2028 next\u2029 end";
        using var files = new IndexFiles();
        files.Add("en", [new SearchDocument("en/x/#a", "T", "H", "S", text)]);
        var index = JsClient.Run(files.Paths, [JsClient.Index("en")])[0]!;
        Assert.Equal(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), index["docs"]![0]![3]!.GetValue<string>());
    }

    [Fact]
    public void A_lone_surrogate_is_escaped_so_the_file_stays_valid_utf8()
    {
        var script = SearchIndexBuilder.Build("en", [new SearchDocument("en/x/", "T", "H", "S", "broken \ud800 pair")]);
        Assert.Contains("broken \\ud800 pair", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_title_summary_and_tags_are_stored_once_per_page()
    {
        using var files = IndexFiles.ForFixtures();
        var index = JsClient.Run(files.Paths, [JsClient.Index("zh-CN")])[0]!;
        var pages = index["pages"]!.AsArray();
        Assert.Equal(4, pages.Count);
        Assert.Equal(["zh-CN/after/monthly-review/", "zh-CN/before/improvement-plan/", "zh-CN/during/listening/", "zh-CN/during/mindset/"],
            pages.Select(p => p![0]!.GetValue<string>()));
        Assert.Equal("倾听, 复述, 记笔记", pages[2]![3]!.GetValue<string>());
        Assert.Equal(Fixtures.Chinese.Count, index["docs"]!.AsArray().Count);
    }

    [Fact]
    public void A_section_with_nothing_to_search_is_left_out()
    {
        var script = SearchIndexBuilder.Build("en", [.. Fixtures.English, new SearchDocument("en/x/#diagram", "X", "—", "", "  ")]);
        Assert.DoesNotContain("diagram", script, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/en/during/listening/")]
    [InlineData("https://example.org/en/")]
    [InlineData("")]
    public void A_url_that_is_not_relative_to_the_site_root_is_refused_with_a_reason(string url)
    {
        var error = Assert.Throws<ArgumentException>(() => SearchIndexBuilder.Build("en", [new SearchDocument(url, "T", "H", "S", "text")]));
        Assert.Contains("relative to the site root", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("en\"];alert(1);//")]
    [InlineData("../en")]
    public void A_language_that_is_not_a_tag_is_refused(string lang)
    {
        var error = Assert.Throws<ArgumentException>(() => SearchIndexBuilder.Build(lang, Fixtures.English));
        Assert.Contains("is not a language tag", error.Message, StringComparison.Ordinal);
    }
}
