using AngleSharp.Html.Parser;
using Guide.Building;
using Guide.Checking;
using Guide.Tests.Support;
using Guide.Worksheets;

namespace Guide.Tests.Languages;

/// <summary>
/// A site in three languages builds as one in two does: each page switches to the other two, names them
/// as alternates, searches its own language, and has its worksheets, forms and PDFs in its language.
/// </summary>
public sealed class ThreeLanguageTests
{
    private static readonly bool WithPdfs = File.Exists(new FontLocator().CachedRegular);

    [Fact]
    public void Every_page_switches_to_the_other_two_languages_and_names_them_as_alternates()
    {
        using var site = ThreeLanguageSite.Create();
        var result = Build(site);

        foreach (var lang in new[] { "zh-CN", "en", "ja" })
        {
            var page = Html(result, $"{lang}/during/listening/index.html");
            var switcher = page.QuerySelectorAll(".language-switch a").Select(a => (a.GetAttribute("hreflang"), a.GetAttribute("href"))).ToList();
            var others = new[] { "zh-CN", "en", "ja" }.Where(l => l != lang).ToList();
            Assert.Equal(others.Select(l => (l, $"../../../{l}/during/listening/")), switcher.Select(s => (s.Item1!, s.Item2!)));
            var alternates = page.QuerySelectorAll("link[rel=alternate]").Select(l => l.GetAttribute("hreflang")).ToList();
            Assert.Equal(["zh-CN", "en", "ja"], alternates);
            Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
        }
        var root = Html(result, "index.html");
        Assert.Equal(["zh-CN", "en", "ja"], root.QuerySelectorAll(".choice").Select(c => c.GetAttribute("data-choice")));
    }

    [Fact]
    public void Each_language_has_its_own_search_index_and_theme_words()
    {
        using var site = ThreeLanguageSite.Create();
        var result = Build(site);

        var page = Html(result, "ja/during/listening/index.html");
        var search = page.QuerySelector("#search")!;
        Assert.EndsWith(".js", search.GetAttribute("data-index"));
        Assert.Contains("ja/during/listening/", ShippedSearch.Pages(result, "ja", "言い直します"));
        Assert.Empty(ShippedSearch.Pages(result, "ja", "复述"));
        Assert.Equal("zh-CN", search.GetAttribute("data-other-lang"));
        Assert.Equal("简体中文のページも検索", search.GetAttribute("data-label-other"));
        Assert.Equal("このページの内容", page.QuerySelector("#toc-title")!.TextContent);
        Assert.Equal("ホーム", page.QuerySelector(".breadcrumbs a")!.TextContent);
    }

    [Fact]
    public void Worksheets_have_a_page_a_form_and_a_pdf_in_every_language()
    {
        using var site = ThreeLanguageSite.Create();
        var result = Build(site);

        var ja = Html(result, "ja/worksheets/w2-three-three/index.html");
        Assert.Contains("W2 三つずつの自己評価", ja.Title);
        Assert.Equal("このシートの目的", ja.QuerySelector("#ws-about")!.TextContent);
        Assert.Equal("review-guide:worksheet:W2:ja", ja.QuerySelector("[data-worksheet-storage]")!.GetAttribute("data-worksheet-storage"));
        Assert.Contains("氏名", ja.QuerySelector("label[for=ws-w2-name]")!.TextContent);
        Assert.Equal(WithPdfs, ja.QuerySelector("a.worksheet-download") is not null);
        if (WithPdfs)
        {
            var files = result.Files!.All().Select(f => f.Key).Where(k => k.EndsWith(".pdf", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
            Assert.Equal(["en/worksheets/w2-three-three.pdf", "ja/worksheets/w2-three-three.pdf", "zh-CN/worksheets/w2-three-three.bilingual.pdf", "zh-CN/worksheets/w2-three-three.pdf"], files);
        }
    }

    [Fact]
    public void A_worksheet_text_without_one_of_the_three_languages_is_reported_at_its_line()
    {
        using var site = ThreeLanguageSite.Create();
        site.Write("worksheets/w2-three-three.yml", ThreeLanguageSite.Worksheet.Replace(", ja: 氏名}", "}", StringComparison.Ordinal));

        var result = Build(site);

        var problem = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("GUIDE033", 14), (problem.Code, problem.Line));
        Assert.Contains("has no ja text", problem.Message);
    }

    private static BuildResult Build(FixtureSite site)
    {
        var result = site.Build(site.Options() with { Worksheets = WithPdfs });
        Assert.True(result.Succeeded || result.Diagnostics.Any(d => d.IsError), string.Join('\n', result.Diagnostics));
        return result;
    }

    internal static string Text(BuildResult result, string path)
    {
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var normal = new Uri(new Uri("http://site/"), path).AbsolutePath.TrimStart('/');
        var file = result.Files!.All().FirstOrDefault(f => f.Key == normal);
        Assert.True(file.Value is not null, $"no {normal} in the output");
        return System.Text.Encoding.UTF8.GetString(file.Value);
    }

    internal static AngleSharp.Html.Dom.IHtmlDocument Html(BuildResult result, string path) => new HtmlParser().ParseDocument(Text(result, path));
}
