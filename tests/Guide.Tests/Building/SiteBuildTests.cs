using Guide.Output;

namespace Guide.Tests.Building;

public class SiteBuildTests
{
    [Fact]
    public void Builds_the_expected_tree_for_both_languages()
    {
        using var site = new FixtureSite(FixtureSite.Small());

        var result = site.Build();
        AtomicWriter.Write(site.Output, result.Files!);

        var files = OutputTree.Hashes(site.Output).Keys.ToList();
        Assert.Contains("index.html", files);
        Assert.Contains("404.html", files);
        Assert.Contains("robots.txt", files);
        Assert.Contains("zh-CN/index.html", files);
        Assert.Contains("zh-CN/before/index.html", files);
        Assert.Contains("en/before/index.html", files);
        Assert.Contains("zh-CN/print/index.html", files);
        Assert.Single(files, f => f.StartsWith("assets/css/site.", StringComparison.Ordinal));
        Assert.Single(files, f => f.StartsWith("assets/search/index.zh-CN.", StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => f.EndsWith(".md", StringComparison.Ordinal) || f == "site.yml");
        Assert.Equal(new Dictionary<string, int> { ["zh-CN"] = 2, ["en"] = 2 }, result.PagesPerLanguage);
    }

    [Fact]
    public void Every_page_links_to_its_translation_and_keeps_chinese_literal()
    {
        using var site = new FixtureSite(FixtureSite.Small());

        var result = site.Build();

        var zh = Html(result, "zh-CN/before/index.html");
        Assert.Contains("<html lang=\"zh-CN\"", zh);
        Assert.Contains("<title>面谈前 · 测试指南</title>", zh);
        Assert.Contains("href=\"../../en/before/\" hreflang=\"en\"", zh);
        Assert.DoesNotContain("&#x", zh);
        var en = Html(result, "en/before/index.html");
        Assert.Contains("<html lang=\"en\"", en);
        Assert.Contains("href=\"../../zh-CN/before/\" hreflang=\"zh-CN\"", en);
    }

    [Fact]
    public void The_root_page_offers_each_language_without_script()
    {
        using var site = new FixtureSite(FixtureSite.Small());

        var root = Html(site.Build(), "index.html");

        Assert.Contains("href=\"zh-CN/\"", root);
        Assert.Contains("href=\"en/\"", root);
        // Script shows one language; without it both sections are there to read.
        Assert.Matches("<section lang=\"zh-CN\" class=\"choice\" id=\"choice-zh-CN\"[^>]*>", root);
        Assert.Matches("<section lang=\"en\" class=\"choice\" id=\"choice-en\"[^>]*>", root);
        Assert.DoesNotMatch("<section[^>]* hidden", root);
    }

    [Fact]
    public void Callouts_are_labelled_in_the_page_language()
    {
        using var site = new FixtureSite(FixtureSite.Small());

        var result = site.Build();

        Assert.Contains("<div class=\"callout callout-say\"><p class=\"callout-label\">可以这样说</p>", Html(result, "zh-CN/before/index.html"));
        Assert.Contains("<p class=\"callout-label\">What you can say</p>", Html(result, "en/before/index.html"));
    }

    [Fact]
    public void Pages_carry_a_strict_csp_and_no_inline_script_or_style()
    {
        using var site = new FixtureSite(FixtureSite.Small());

        var result = site.Build();

        foreach (var (path, bytes) in result.Files!.All().Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = System.Text.Encoding.UTF8.GetString(bytes);
            Assert.Contains("content=\"default-src 'self'\"", html);
            Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)[^>]*>", html);
            Assert.DoesNotContain(" style=", html);
            Assert.DoesNotContain("<style", html);
            Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html.Replace("https://git.people-team.cn/hr/guide/edit", ""));
        }
    }

    [Fact]
    public void Raw_html_in_content_is_shown_as_text()
    {
        var files = FixtureSite.Small();
        files["input/en/before/extra.md"] = "---\ntitle: Extra\n---\n\n<script>alert(1)</script>\n\nText <b>bold</b>.\n";
        using var site = new FixtureSite(files);

        var html = Html(site.Build(), "en/before/extra/index.html");

        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public void Two_pages_with_the_same_output_path_are_an_error()
    {
        var files = FixtureSite.Small();
        files["input/en/before.md"] = "---\ntitle: Clash\n---\n";
        using var site = new FixtureSite(files);

        var result = site.Build();

        Assert.Contains(result.Diagnostics, d => d.Code == "GUIDE004");
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void An_unknown_language_folder_is_an_error_with_a_suggestion()
    {
        var files = FixtureSite.Small();
        files["input/zh-cn/x.md"] = "---\ntitle: x\n---\n";
        using var site = new FixtureSite(files);

        var error = Assert.Single(site.Build().Diagnostics, d => d.IsError);

        Assert.Equal("GUIDE003", error.Code);
        Assert.Contains("did you mean 'zh-CN'", error.Message);
    }

    [Fact]
    public void All_problems_are_reported_together()
    {
        var files = FixtureSite.Small();
        files["input/en/a.md"] = "---\ntitle: [broken\n---\n";
        files["input/en/b.md"] = "---\nsummary: no title\n---\n";
        files["input/en/c.md"] = "---\ntitle: c\n---\n[x](missing.md)\n";
        using var site = new FixtureSite(files);

        var codes = site.Build().Diagnostics.Where(d => d.IsError).Select(d => d.Code).Order().ToList();

        Assert.Equal(["GUIDE001", "GUIDE002"], codes);
    }

    [Fact]
    public void Building_twice_gives_the_same_bytes()
    {
        using var site = new FixtureSite(FixtureSite.Small());
        var first = Path.Combine(site.Root, "out1");
        var second = Path.Combine(site.Root, "out2");

        AtomicWriter.Write(first, site.Build(site.Options(first)).Files!);
        AtomicWriter.Write(second, site.Build(site.Options(second)).Files!);

        Assert.Equal(OutputTree.Hashes(first), OutputTree.Hashes(second));
    }

    [Fact]
    public void A_rebuild_over_an_earlier_output_equals_a_fresh_build()
    {
        var files = FixtureSite.Small();
        files["input/en/before/extra.md"] = "---\ntitle: Extra\n---\n\nGone soon.\n";
        files["input/zh-CN/before/extra.md"] = "---\ntitle: 多余\n---\n\n马上删除。\n";
        using var site = new FixtureSite(files);
        AtomicWriter.Write(site.Output, site.Build().Files!);
        AtomicWriter.Write(site.Output, site.Build().Files!);
        File.Delete(Path.Combine(site.Input, "en", "before", "extra.md"));
        File.Delete(Path.Combine(site.Input, "zh-CN", "before", "extra.md"));
        site.Write("input/en/before/index.md", "---\ntitle: Before, renamed\n---\n\n## Before the review: prepare well\n");

        AtomicWriter.Write(site.Output, site.Build().Files!);
        var fresh = Path.Combine(site.Root, "fresh");
        AtomicWriter.Write(fresh, site.Build(site.Options(fresh)).Files!);

        Assert.Equal(OutputTree.Hashes(fresh), OutputTree.Hashes(site.Output));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "en", "before", "extra")));
    }

    [Fact]
    public void An_internal_site_asks_robots_to_stay_away_and_has_no_sitemap()
    {
        using var site = new FixtureSite(FixtureSite.Small());

        var result = site.Build();

        Assert.Equal("User-agent: *\nDisallow: /\n", Html(result, "robots.txt"));
        Assert.Contains("<meta name=\"robots\" content=\"noindex, nofollow\">", Html(result, "en/index.html"));
        Assert.DoesNotContain(result.Files!.All(), f => f.Key == "sitemap.xml");
    }

    [Fact]
    public void A_public_site_with_a_base_url_gets_a_sitemap_of_absolute_addresses()
    {
        var files = FixtureSite.Small();
        files["input/site.yml"] = FixtureSite.SiteYml.Replace("internal: true", "internal: false\nbaseUrl: https://guide.example.org/hr/");
        using var site = new FixtureSite(files);

        var result = site.Build();

        var sitemap = Html(result, "sitemap.xml");
        Assert.Contains("<loc>https://guide.example.org/hr/zh-CN/before/</loc>", sitemap);
        Assert.Contains("<loc>https://guide.example.org/hr/en/</loc>", sitemap);
        Assert.Equal("User-agent: *\nAllow: /\n", Html(result, "robots.txt"));
        Assert.DoesNotContain("noindex", Html(result, "en/index.html"));
    }

    private static string Html(Guide.Building.BuildResult result, string path) =>
        System.Text.Encoding.UTF8.GetString(result.Files!.All().Single(f => f.Key == path).Value);
}
