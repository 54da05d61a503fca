using Guide.Building;
using Guide.Content;
using Guide.Rendering;

namespace Guide.Tests.Theme;

/// <summary>What the theme writes into the pages, checked on the HTML of small fixture sites.</summary>
public class ThemeOutputTests
{
    [Fact]
    public void The_home_and_root_pages_offer_the_situations_from_the_front_matter()
    {
        var files = FixtureSite.Small();
        files["input/zh-CN/index.md"] = files["input/zh-CN/index.md"].Replace("summary: 从这里开始。\n",
            "summary: 从这里开始。\nsituations:\n  - title: 明天就要面谈\n    text: 只剩一个晚上。\n    link: before/index.md#面谈前充分准备\n");
        using var site = new FixtureSite(files);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var home = Html(result, "zh-CN/index.html");
        Assert.Contains("<a class=\"situation\" href=\"before/#面谈前充分准备\"><span class=\"situation-title\">明天就要面谈</span>", home);
        Assert.Contains("<span class=\"situation-text\">只剩一个晚上。</span>", home);
        Assert.DoesNotContain("class=\"situation\"", Html(result, "zh-CN/before/index.html"));
        var root = Html(result, "index.html");
        Assert.Contains("<a class=\"situation\" href=\"zh-CN/before/#面谈前充分准备\">", root);
        // The English home has none: its section offers the way in to its home page.
        Assert.Contains("<p class=\"choice-home\"><a href=\"en/\" hreflang=\"en\">Browse the whole guide</a></p>", root);
    }

    [Fact]
    public void Situation_links_follow_portable_builds()
    {
        var files = FixtureSite.Small();
        files["input/en/index.md"] = files["input/en/index.md"].Replace("summary: Start here.\n",
            "summary: Start here.\nsituations:\n  - { title: My review is tomorrow, link: before/index.md }\n");
        using var site = new FixtureSite(files);

        var result = site.Build(site.Options() with { Portable = true });

        Assert.Contains("<a class=\"situation\" href=\"before/index.html\">", Html(result, "en/index.html"));
        Assert.Contains("<a class=\"situation\" href=\"en/before/index.html\">", Html(result, "index.html"));
    }

    [Fact]
    public void Task_lists_become_labelled_check_boxes_kept_per_page_and_list()
    {
        var files = FixtureSite.Small();
        files["input/en/before/index.md"] += "\nBring:\n\n- [ ] Results for my three indicators\n- [x] Two questions for my manager\n\nText.\n\n- [ ] A second list\n";
        using var site = new FixtureSite(files);

        var html = Html(site.Build(), "en/before/index.html");

        Assert.Contains("<div class=\"checklist\" data-worksheet-storage=\"review-guide:checklist:en/before/:1\"", html);
        Assert.Contains("data-worksheet-storage=\"review-guide:checklist:en/before/:2\"", html);
        Assert.Matches("<li class=\"task-list-item\"><label><input type=\"checkbox\" class=\"task-list-item-checkbox\" name=\"task-[0-9a-f]{8}\"><span>Results for my three indicators</span></label></li>", html);
        Assert.Matches("name=\"task-[0-9a-f]{8}\" checked><span>Two questions for my manager</span>", html);
        Assert.DoesNotContain("disabled", html);
        Assert.Contains("<button type=\"button\" class=\"small-button\" data-worksheet-clear>Clear the ticks</button>", html);
        // The plain list of the page is left as Markdig writes it.
        Assert.Contains("<ul>\n<li><a href=\"../\">Back home</a></li>\n</ul>", html);
    }

    [Fact]
    public void Images_open_full_size_and_empty_header_cells_become_cells()
    {
        var files = FixtureSite.Small();
        files["input/assets/steps.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"/>";
        files["input/en/before/index.md"] += "\n![The nine steps](../../assets/steps.svg)\n\n| | Calm | Defensive |\n|---|---|---|\n| Voice | low | loud |\n";
        using var site = new FixtureSite(files);

        var html = Html(site.Build(), "en/before/index.html");

        Assert.Contains("<a class=\"diagram\" href=\"../../assets/steps.svg\"><img src=\"../../assets/steps.svg\" alt=\"The nine steps\" /><span class=\"diagram-hint\">Open full size</span></a>", html);
        Assert.Contains("<td></td>\n<th>Calm</th>", html);
        Assert.DoesNotContain("<th></th>", html);
    }

    [Fact]
    public void The_language_switch_pairs_headings_only_where_the_translation_has_the_same_outline()
    {
        var files = FixtureSite.Small();
        using var same = new FixtureSite(files);
        files["input/en/before/index.md"] += "\n## One more section\n";
        using var different = new FixtureSite(files);

        Assert.Contains("data-anchors=\"面谈前充分准备=before-the-review-prepare-well 下一步=next-steps\"", Html(same.Build(), "zh-CN/before/index.html"));
        var html = Html(different.Build(), "zh-CN/before/index.html");
        Assert.Contains("href=\"../../en/before/\" hreflang=\"en\" lang=\"en\">English</a>", html);
        Assert.DoesNotContain("data-anchors", html);
    }

    [Fact]
    public void Pages_have_an_icon_from_the_theme_or_the_brands_logo()
    {
        using var plain = new FixtureSite(FixtureSite.Small());
        var result = plain.Build();
        Assert.Contains("<link rel=\"icon\" href=\"../../assets/favicon.svg\" />", Html(result, "en/before/index.html"));
        Assert.Contains("<link rel=\"icon\" href=\"assets/favicon.svg\" />", Html(result, "index.html"));
        Assert.Contains(result.Files!.All(), f => f.Key == "assets/favicon.svg");

        var files = FixtureSite.Small();
        files["input/assets/logo.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\"/>";
        files["input/site.yml"] = FixtureSite.SiteYml + "\nlogo: assets/logo.svg\n";
        using var branded = new FixtureSite(files);
        Assert.Contains("<link rel=\"icon\" href=\"../../assets/logo.svg\" />", Html(branded.Build(), "en/before/index.html"));
    }

    [Fact]
    public void Printed_pages_carry_the_guides_title_per_language()
    {
        using var site = new FixtureSite(FixtureSite.Small());

        var result = site.Build();

        var css = result.Files!.All().Single(f => f.Key.StartsWith("assets/css/print-header.", StringComparison.Ordinal));
        var text = System.Text.Encoding.UTF8.GetString(css.Value);
        Assert.Contains("@page guide-zhCN { @top-center { content: \"测试指南\";", text);
        Assert.Contains(":root:lang(en) body { page: guide-en; }", text);
        Assert.Contains($"href=\"../../{css.Key}\"", Html(result, "en/before/index.html"));
    }

    [Fact]
    public void Print_editions_are_made_per_audience()
    {
        var files = FixtureSite.Small();
        files["input/en/managers/index.md"] = "---\ntitle: For managers\norder: 50\naudience: manager\n---\n\nSee [before](../before/index.md#next-steps).\n\n## Prepare\n\nText.\n";
        using var site = new FixtureSite(files);

        var result = site.Build();

        var whole = Html(result, "en/print/index.html");
        var employee = Html(result, "en/print/employee/index.html");
        var manager = Html(result, "en/print/manager/index.html");
        Assert.Contains("id=\"p-managers-index\"", whole);
        Assert.Contains("id=\"p-before-index\"", whole);
        Assert.DoesNotContain("id=\"p-managers-index\"", employee);
        Assert.DoesNotContain("id=\"p-before-index\"", manager);
        // Inside the whole edition the link stays inside it; the manager edition has no "before" page, so it leaves.
        Assert.Contains("See <a href=\"#p-before-index--next-steps\">before</a>", whole);
        Assert.Contains("See <a href=\"../../before/#next-steps\">before</a>", manager);
        Assert.Contains("<h2 class=\"print-part-title\">For managers</h2>", whole);
        Assert.Contains("<h3 id=\"p-managers-index--prepare\">Prepare</h3>", whole);
    }

    [Fact]
    public void Edit_links_need_a_repository_in_site_yml()
    {
        var config = SiteConfigLoader.Load(Repo.Input, new DiagnosticBag())!;
        var page = new Page("en", "index.md", Path.Combine(Repo.Input, "en", "index.md"), new FrontMatter("Home", null, 0, Audience.All, [], []), "", 1);

        Assert.Null(config.Repository);
        Assert.Null(PageHistory.Read(Repo.Input, config).EditUrl(page));
        var withRepository = config with { Repository = "https://github.com/people-team/review-guide" };
        Assert.Equal("https://github.com/people-team/review-guide/edit/main/input/en/index.md", PageHistory.Read(Repo.Input, withRepository).EditUrl(page));
    }

    private static string Html(BuildResult result, string path)
    {
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return System.Text.Encoding.UTF8.GetString(result.Files!.All().Single(f => f.Key == path).Value);
    }
}
