using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Guide.Checking;
using Guide.Tests.Support;
using Guide.Tests.Theme;

namespace Guide.Tests.Preparation;

/// <summary>
/// The phrase bank is gathered by the build from the callouts editors write, and nothing else: every
/// sentence of every <c>:::say</c> of the real guide is on its language's page, under the page and
/// section it comes from, with a link back. A callout the bank cannot show, a card field an editor
/// renamed and a page at a reserved address are reported where the editor can fix them.
/// </summary>
public sealed partial class PhraseBankTests(ThemeSite site, Chromium chromium)
{
    [Fact]
    public void Every_sentence_of_every_say_callout_is_in_its_languages_phrase_bank_with_a_link_back()
    {
        foreach (var lang in new[] { "zh-CN", "en" })
        {
            var written = Directory.EnumerateFiles(Path.Combine(Repo.Input, lang), "*.md", SearchOption.AllDirectories)
                .SelectMany(f => SayCallout().Matches(File.ReadAllText(f)))
                .SelectMany(m => m.Groups["body"].Value.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Select(Plain)
                .ToList();
            var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Guide.Served, lang, "phrases", "index.html")));
            var shown = page.QuerySelectorAll(".phrase-text").Select(p => p.TextContent).ToList();

            Assert.True(written.Count > 100, $"{lang}: only {written.Count} sentences found in the pages");
            Assert.Empty(written.Except(shown).Select(p => $"{lang}: not in the phrase bank: {p}"));
            Assert.Empty(shown.Except(written).Select(p => $"{lang}: not in any callout: {p}"));
            Assert.Equal(written.Count, shown.Count);
            Assert.Equal(shown.Count, page.QuerySelectorAll(".phrase[data-phrase-id]").Select(p => p.GetAttribute("data-phrase-id")).Count());

            foreach (var link in page.QuerySelectorAll(".phrase-read").Select(a => a.GetAttribute("href")!))
            {
                var target = new Uri(new Uri($"http://site/{lang}/phrases/"), link);
                var html = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Guide.Served, Uri.UnescapeDataString(target.AbsolutePath).TrimStart('/'), "index.html")));
                var anchor = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
                Assert.True(html.GetElementById(anchor) is not null, $"{lang}: {link} leads to no heading");
            }
        }
    }

    [Fact]
    public void A_fixture_callout_is_gathered_under_its_page_and_section_with_the_pages_tags()
    {
        using var fixture = new FixtureSite(FixtureSite.Small());
        fixture.Write("input/en/before/index.md", "---\ntitle: Before\norder: 10\naudience: employee\ntags: [listening, notes]\n---\n\n## Before the review: prepare well\n\nReview first.\n\n:::say\nCan we check the goal *first*?\nIt helps me.\n\n- Or this one.\n:::\n\n## Next steps\n\n- [Back home](../index.md)\n");

        var built = fixture.Build();
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        Writer.Write(fixture, built);
        var page = new HtmlParser().ParseDocument(fixture.ReadOutput("en/phrases/index.html"));

        var group = Assert.Single(page.QuerySelectorAll(".phrase-page"));
        Assert.Equal("Before", group.QuerySelector("h2")!.TextContent);
        Assert.Equal("employee", group.GetAttribute("data-audience"));
        Assert.Equal("listening\nnotes", group.GetAttribute("data-tags"));
        Assert.StartsWith("Before the review: prepare well", group.QuerySelector("h3")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("../before/#before-the-review-prepare-well", group.QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Equal(["Can we check the goal first? It helps me.", "Or this one."], group.QuerySelectorAll(".phrase-text").Select(p => p.TextContent));
        Assert.Equal("我想先确认一下目标。", new HtmlParser().ParseDocument(fixture.ReadOutput("zh-CN/phrases/index.html")).QuerySelector(".phrase-text")!.TextContent);
    }

    [Fact]
    public async Task The_bank_filters_by_words_reader_tag_and_star_and_copies_a_sentence()
    {
        Requires.Chromium();
        await using var reader = await ReaderSession.OpenAsync(site, chromium, "zh-CN/phrases/");
        await reader.Page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var page = reader.Page;
        var total = await page.Locator(".phrase").CountAsync();
        await Microsoft.Playwright.Assertions.Expect(page.Locator("[data-phrase-count]")).ToHaveTextAsync($"显示 {total} 句，共 {total} 句");

        await page.Locator("[data-phrase-words]").FillAsync("复述");
        var shown = await page.Locator(".phrase:visible .phrase-text").AllTextContentsAsync();
        Assert.InRange(shown.Count, 1, total - 1);
        await Microsoft.Playwright.Assertions.Expect(page.Locator("[data-phrase-count]")).ToHaveTextAsync($"显示 {shown.Count} 句，共 {total} 句");

        await page.ClickAsync("[data-phrase-clear]");
        await page.Locator("[data-phrase-reader]").SelectOptionAsync("manager");
        var audiences = await page.Locator(".phrase-page:visible").EvaluateAllAsync<string[]>("ps => ps.map(p => p.dataset.audience)");
        Assert.NotEmpty(audiences);
        Assert.All(audiences, a => Assert.Contains(a, new[] { "manager", "all" }));

        await page.ClickAsync("[data-phrase-clear]");
        var tag = (await page.Locator("[data-phrase-tag] option").AllTextContentsAsync())[1];
        await page.Locator("[data-phrase-tag]").SelectOptionAsync(tag);
        var tags = await page.Locator(".phrase-page:visible").EvaluateAllAsync<string[]>("ps => ps.map(p => p.dataset.tags)");
        Assert.NotEmpty(tags);
        Assert.All(tags, t => Assert.Contains(tag, t.Split('\n')));

        await page.ClickAsync("[data-phrase-clear]");
        var starred = await reader.StarAsync("zh-CN", 1);
        await page.Locator("[data-phrase-starred-only]").CheckAsync();
        Assert.Equal(starred, await page.Locator(".phrase:visible .phrase-text").AllTextContentsAsync());
        await page.Locator(".phrase:visible [data-phrase-copy]").ClickAsync();
        await Microsoft.Playwright.Assertions.Expect(page.Locator("[data-phrase-status]")).ToHaveTextAsync("已复制");
        Assert.Equal(starred[0], await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
        Assert.Empty(reader.Problems);
    }

    public static TheoryData<string, string, string> Problems() => new()
    {
        // name, file content for input/en/before/index.md (callout from line 9), expected "line: severity CODE"
        { "a table in a say callout", Before(":::say\nSay this.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n:::"), "12: warning GUIDE070" },
        { "a say callout with nothing to say", Before(":::say\n:::"), "9: warning GUIDE070" },
        { "a heading in a say callout", Before(":::say\n### Say\nThis.\n:::"), "10: warning GUIDE070" },
        { "a page where the phrase bank is published", "---\ntitle: Phrases\n---\n\nText.\n", "1: error GUIDE004" },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public void Each_problem_is_reported_at_its_line(string name, string content, string expected)
    {
        using var fixture = new FixtureSite(FixtureSite.Small());
        var file = name.Contains("published", StringComparison.Ordinal) ? "input/en/phrases/index.md" : "input/en/before/index.md";
        fixture.Write(file, content);

        var found = ContentCheck.Run(fixture.Options(), strict: false).Diagnostics
            .Where(d => d.Path.EndsWith(file, StringComparison.Ordinal))
            .Select(d => $"{d.Line}: {(d.IsError ? "error" : "warning")} {d.Code}")
            .ToList();

        Assert.True(found.Contains(expected), $"{name}: expected {expected}, got:\n{string.Join('\n', found)}");
    }

    [Fact]
    public void A_card_field_renamed_in_its_worksheet_is_reported_there_and_left_off_the_card()
    {
        using var fixture = new FixtureSite(FixtureSite.Small());
        foreach (var file in Directory.EnumerateFiles(Repo.Worksheets, "*.yml"))
        {
            fixture.Write("worksheets/" + Path.GetFileName(file), File.ReadAllText(file));
        }
        var w1 = Path.Combine(fixture.Root, "worksheets", "w1-kpi-gap.yml");
        File.WriteAllText(w1, File.ReadAllText(w1).Replace("- id: gap\n", "- id: shortfall\n", StringComparison.Ordinal));

        var problem = Assert.Single(ContentCheck.Run(fixture.Options(), strict: false).Diagnostics, d => d.Code == "GUIDE071");
        Assert.EndsWith("worksheets/w1-kpi-gap.yml", problem.Path, StringComparison.Ordinal);
        Assert.False(problem.IsError);
        Assert.Contains("indicator, target, actual, gap", problem.Message, StringComparison.Ordinal);

        var built = fixture.Build();
        Writer.Write(fixture, built);
        var card = new HtmlParser().ParseDocument(fixture.ReadOutput("zh-CN/my-card/index.html"));
        Assert.Null(card.QuerySelector("[data-card-part=gaps]"));
        Assert.NotNull(card.QuerySelector("[data-card-part=proud]"));
    }

    private static string Before(string body) => $"---\ntitle: Before\norder: 10\naudience: employee\n---\n\n## Before the review: prepare well\n\n{body}\n";

    /// <summary>A paragraph's words as a reader sees them: Markdown emphasis marks gone, lines joined.</summary>
    private static string Plain(string paragraph) => paragraph.Replace("**", "", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Trim();

    [GeneratedRegex(@"^:::say[ \t]*\n(?<body>.*?)^:::[ \t]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex SayCallout();

    /// <summary>Writes a finished build to the fixture's output folder, as the build command does.</summary>
    private static class Writer
    {
        public static void Write(FixtureSite fixture, Guide.Building.BuildResult built) => Guide.Output.AtomicWriter.Write(fixture.Output, built.Files!);
    }
}
