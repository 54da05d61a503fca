using System.Text.Json.Nodes;
using Guide.Testing;

namespace Guide.Search.Tests;

public class IndexBuilderTests
{
    private static readonly SearchIndexOptions Tiny = new() { TermShardBytes = 200, PageGroupBytes = 200 };

    /// <summary>Every file of an index as the pipeline would publish it, manifest first.</summary>
    private static List<string> Files(SearchIndex index) => [index.Manifest(name => name), .. index.Parts.Select(p => p.Name + "\n" + p.Script)];

    [Fact]
    public void Same_documents_give_the_same_bytes_whatever_order_the_pages_arrive_in()
    {
        var once = Files(SearchIndexBuilder.Build("zh-CN", Fixtures.Chinese, Tiny));
        var again = Files(SearchIndexBuilder.Build("zh-CN", Fixtures.Chinese, Tiny));
        var pagesReversed = Fixtures.Chinese.GroupBy(d => d.Url.Split('#')[0]).Reverse().SelectMany(g => g).ToList();
        Assert.True(once.Count > 4, $"{once.Count} files: the tiny options should cut the index into several");
        Assert.Equal(once, again);
        Assert.Equal(once, Files(SearchIndexBuilder.Build("zh-CN", pagesReversed, Tiny)));
    }

    [Fact]
    public void The_manifest_and_every_part_register_themselves_as_scripts_without_eval_or_fetch()
    {
        var index = SearchIndexBuilder.Build("en", Fixtures.English, Tiny);
        Assert.Contains("globalThis.GuideSearch.indexes[\"en\"] = {", index.Manifest(name => name), StringComparison.Ordinal);
        Assert.All(index.Parts, p => Assert.Contains($"globalThis.GuideSearch.parts[\"{p.Name[..^3]}\"] = ", p.Script, StringComparison.Ordinal));
        Assert.All(Files(index), f => Assert.DoesNotContain("eval", f, StringComparison.Ordinal));
        Assert.All(Files(index), f => Assert.DoesNotContain("fetch", f, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("hashed")]
    [InlineData("elsewhere")]
    public void The_client_finds_each_part_at_the_address_it_was_published_under(string how)
    {
        // The pipeline inserts a content hash before .js; any other address is written out in full.
        Func<string, string> address = how == "hashed"
            ? name => name.Replace(".js", ".0123456789.js", StringComparison.Ordinal)
            : name => "parts/" + name.Replace('/', '-');
        using var files = new IndexFiles();
        files.Add("en", Fixtures.English, Tiny, address);
        var answers = JsClient.Run(files.Paths, [JsClient.Search("en", "restate"), JsClient.Loaded()]);
        Assert.Equal("en/during/listening/#restate-to-confirm", answers[0]![0]!["url"]!.GetValue<string>());
        Assert.All(answers[1]!.AsArray(), p => Assert.Contains(how == "hashed" ? ".0123456789.js" : "parts/", p!.GetValue<string>(), StringComparison.Ordinal));
    }

    [Fact]
    public void Chinese_is_written_as_characters_not_escapes()
    {
        var files = Files(SearchIndexBuilder.Build("zh-CN", Fixtures.Chinese));
        Assert.Contains(files, f => f.Contains("复述", StringComparison.Ordinal));
        Assert.All(files, f => Assert.DoesNotContain("\\u", f, StringComparison.Ordinal));
    }

    [Fact]
    public void Text_that_needs_escaping_arrives_in_the_browser_unchanged()
    {
        var text = "He said \"no\" \\ then </script> \u2028 next\u2029 end";
        using var files = new IndexFiles();
        files.Add("en", [new SearchDocument("en/x/#a", "T", "H", "S", text)]);
        var pages = JsClient.Run(files.Paths, [JsClient.AllPages("en")])[0]!;
        Assert.Equal(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), pages[0]!["sections"]![0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void Coded_text_reads_back_exactly_as_it_was_written()
    {
        // Runs of spaces, words either side of punctuation, literals, a word longer than a literal can
        // hold, Han pairs and characters outside the basic plane and full-width forms. (A lone surrogate
        // has its own test: System.Text.Json will not read one back.)
        string[] texts =
        [
            "a b  c   d", "don't stop, it's fine. x-y z/w", "SMART原则和KPI差距 2025年", "绩效面谈 绩效面谈 绩效", "𠀀𠀁中文𠀀",
            "ＳＭＡＲＴ　原则（２０２５）", new string('x', 150) + " " + new string('y', 150), "  lead and trail  ",
            "À l'École Über — “curly” ‘quotes’…", "tab\there", "12345 67890 12345", "ÿ€©", "",
        ];
        var docs = texts.Select((t, i) => new SearchDocument($"en/p{i}/", "T" + i, "H" + i, "S", "word " + t)).ToList();
        using var files = new IndexFiles();
        files.Add("en", docs, Tiny);
        var pages = JsClient.Run(files.Paths, [JsClient.AllPages("en")])[0]!.AsArray();
        var read = pages.ToDictionary(p => p!["url"]!.GetValue<string>(), p => p!["sections"]![0]!["text"]!.GetValue<string>());
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(string.Join(' ', ("word " + texts[i]).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), read[$"en/p{i}/"]);
        }
    }

    [Fact]
    public void A_lone_surrogate_is_escaped_so_the_file_stays_valid_utf8()
    {
        var files = Files(SearchIndexBuilder.Build("en", [new SearchDocument("en/x/", "T", "H", "S", "broken \ud800 pair")]));
        Assert.Contains(files, f => f.Contains("\\ud800", StringComparison.Ordinal));
    }

    [Fact]
    public void Pages_keep_their_title_summary_and_tags_and_are_sorted_by_address()
    {
        using var files = IndexFiles.ForFixtures(Tiny);
        var pages = JsClient.Run(files.Paths, [JsClient.AllPages("zh-CN")])[0]!.AsArray();
        Assert.Equal(["zh-CN/after/monthly-review/", "zh-CN/before/improvement-plan/", "zh-CN/during/listening/", "zh-CN/during/mindset/"],
            pages.Select(p => p!["url"]!.GetValue<string>()));
        Assert.Equal("倾听, 复述, 记笔记", pages[2]!["tags"]!.GetValue<string>());
        Assert.Equal("积极倾听与复述确认", pages[2]!["title"]!.GetValue<string>());
        Assert.Equal(Fixtures.Chinese.Count, pages.Sum(p => p!["sections"]!.AsArray().Count));
    }

    [Fact]
    public void A_section_with_nothing_to_search_is_left_out()
    {
        using var files = new IndexFiles();
        files.Add("en", [.. Fixtures.English, new SearchDocument("en/x/#diagram", "X", "—", "", "  ")]);
        var pages = JsClient.Run(files.Paths, [JsClient.AllPages("en")])[0]!.AsArray();
        Assert.DoesNotContain(pages, p => p!["url"]!.GetValue<string>() == "en/x/");
        Assert.Equal(Fixtures.English.Count, pages.Sum(p => p!["sections"]!.AsArray().Count));
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
