using Guide.Building;
using Guide.Checking;

namespace Guide.Tests.Languages;

/// <summary>
/// A page written in one language only is published in the others from it, as HR teams work (write in
/// Chinese first, translate later): with a notice in the reader's language, a link to the original, links
/// to it that resolve, and a warning from <c>check</c> that <c>--strict</c> turns into an error.
/// </summary>
public sealed class FallbackTests
{
    [Fact]
    public void A_page_missing_in_a_language_is_built_there_from_the_original_with_a_notice()
    {
        using var site = ThreeLanguageSite.Create();
        var result = site.Build();

        var page = ThreeLanguageTests.Html(result, "en/during/notes/index.html");
        var notice = page.QuerySelector(".fallback-notice")!;
        Assert.Equal("This page has not been translated into English yet; below is the 简体中文 original. Read the 简体中文 original", notice.TextContent);
        Assert.Equal("../../../zh-CN/during/notes/", notice.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("zh-CN", page.QuerySelector("article.content")!.GetAttribute("lang"));
        Assert.Equal("记笔记", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("写下目标、负责人和日期。", page.QuerySelector("article.content")!.TextContent);
        Assert.Equal("noindex, nofollow", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Equal("このページはまだ日本語に訳されていません。以下は简体中文の原文です。",
            ThreeLanguageTests.Html(result, "ja/during/notes/index.html").QuerySelector(".fallback-notice")!.FirstChild!.TextContent.Trim());
    }

    [Fact]
    public void Links_to_and_from_the_page_lead_to_pages_in_the_readers_language()
    {
        using var site = ThreeLanguageSite.Create();
        var result = site.Build();

        var during = ThreeLanguageTests.Html(result, "en/during/index.html");
        Assert.Equal("notes/", during.QuerySelector("article a[href^='notes']")!.GetAttribute("href"));
        var listening = ThreeLanguageTests.Html(result, "ja/during/listening/index.html");
        Assert.Equal("../notes/#记下约定", listening.QuerySelector("article a[href*='notes']")!.GetAttribute("href"));
        // The original links a heading of a page that is translated: the same heading in the reader's language.
        var notes = ThreeLanguageTests.Html(result, "en/during/notes/index.html");
        Assert.Equal("../listening/#restate-to-confirm", notes.QuerySelector("article a[href*='listening']")!.GetAttribute("href"));
        Assert.Equal("../listening/#言い換えて確かめる", ThreeLanguageTests.Html(result, "ja/during/notes/index.html").QuerySelector("article a[href*='listening']")!.GetAttribute("href"));
        // The sidebar and the pager list it where it belongs.
        Assert.Contains(notes.QuerySelectorAll(".sidebar a"), a => a.GetAttribute("aria-current") == "page" && a.TextContent == "记笔记");
        // The original's language switch leads to it, though it is not a translation to name as an alternate.
        var original = ThreeLanguageTests.Html(result, "zh-CN/during/notes/index.html");
        Assert.Equal("../../../en/during/notes/", original.QuerySelector(".language-switch a[hreflang=en]")!.GetAttribute("href"));
        Assert.DoesNotContain(original.QuerySelectorAll("link[rel=alternate]"), l => l.GetAttribute("hreflang") == "en");
    }

    [Fact]
    public void It_is_not_searched_in_the_readers_language_nor_listed_in_the_sitemap()
    {
        using var site = ThreeLanguageSite.Create();
        site.Write("input/site.yml", ThreeLanguageSite.SiteYml + "\nbaseUrl: https://intranet.example.org/guide/\n");
        var result = site.Build();

        var en = ThreeLanguageTests.Html(result, "en/index.html");
        var index = ThreeLanguageTests.Text(result, "en/" + en.QuerySelector("#search")!.GetAttribute("data-index"));
        Assert.DoesNotContain("写下目标", index);
        var sitemap = ThreeLanguageTests.Text(result, "sitemap.xml");
        Assert.Contains("zh-CN/during/notes/", sitemap);
        Assert.DoesNotContain("en/during/notes/", sitemap);
    }

    [Fact]
    public void Check_reports_each_missing_translation_as_a_warning_and_strict_as_an_error()
    {
        using var site = ThreeLanguageSite.Create();

        var report = ContentCheck.Run(site.Options(), strict: false);
        var strict = ContentCheck.Run(site.Options(), strict: true);

        var missing = report.Diagnostics.Where(d => d.Code == DiagnosticCodes.MissingTranslation).ToList();
        Assert.Equal(2, missing.Count);
        Assert.All(missing, d => Assert.False(d.IsError));
        Assert.All(missing, d => Assert.EndsWith("input/zh-CN/during/notes.md", d.Path));
        Assert.Contains(missing, d => d.Message.Contains("no English translation; until then the English site shows this page with a notice", StringComparison.Ordinal));
        Assert.Equal(0, report.Errors);
        // Strict makes every warning an error; the fixture's other warnings (its worksheets lack the card's parts) are not this test's.
        Assert.Equal(2, strict.Diagnostics.Count(d => d.Code == DiagnosticCodes.MissingTranslation && d.IsError));
    }
}
