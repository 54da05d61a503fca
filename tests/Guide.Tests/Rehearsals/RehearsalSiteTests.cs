using System.Text;
using AngleSharp.Html.Parser;
using Guide.Building;
using Guide.Output;

namespace Guide.Tests.Rehearsals;

/// <summary>
/// Rehearsals in a whole build, from an inline file tree: their pages in both languages, the links that
/// lead to them and out of them, search, the sidebar, and the commands an editor runs.
/// </summary>
public sealed class RehearsalSiteTests
{
    /// <summary>A rehearsal whose links point at pages of <see cref="FixtureSite.Small"/>.</summary>
    private const string Practice = """
        title: {zh-CN: 练习开口, en: Practice opening}
        audience: employee
        summary: {zh-CN: 一段练习。, en: A practice run.}
        situation: {zh-CN: 你的直属上级约你面谈。, en: Your manager has asked to see you.}
        roles:
          you: {zh-CN: 员工, en: An employee}
          them: {zh-CN: 上级, en: Your manager}
        scenes:
          - id: opening
            says: {zh-CN: 我们开始吧。, en: Let's begin.}
            choices:
              - say: {zh-CN: 我先确认一下目标。, en: Could we check the goal first?}
                verdict: helps
                effect: {zh-CN: 谈话有了方向。, en: The talk has a direction.}
                why: {zh-CN: 先对齐目标。, en: Agreeing the goal comes first.}
                read: {zh-CN: before/index.md#面谈前充分准备, en: before/index.md#before-the-review-prepare-well}
                next: end-good
              - say: {zh-CN: 随便吧。, en: Whatever.}
                verdict: hurts
                effect: {zh-CN: 谈话没有方向。, en: The talk drifts.}
                why: {zh-CN: 没有准备。, en: Nothing was prepared.}
                read: {zh-CN: index.md, en: index.md}
                next: end-poor
        endings:
          - id: end-good
            outcome: good
            title: {zh-CN: 有了方向, en: A clear direction}
            debrief: {zh-CN: 做得好。, en: Well done.}
          - id: end-poor
            outcome: poor
            title: {zh-CN: 没有方向, en: No direction}
            debrief: {zh-CN: 下次先准备。, en: Prepare next time.}
        """;

    [Fact]
    public void Each_language_gets_an_index_and_a_page_with_every_branch_readable_without_script()
    {
        using var site = Site();

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        foreach (var lang in new[] { "zh-CN", "en" })
        {
            var index = Document(result, $"{lang}/rehearsals/index.html");
            Assert.Equal("practice/", index.QuerySelector(".rehearsal-card a")!.GetAttribute("href"));

            var page = Document(result, $"{lang}/rehearsals/practice/index.html");
            Assert.Equal(["opening", "end-good", "end-poor"], page.QuerySelectorAll("[data-scene]").Select(s => s.GetAttribute("data-scene")));
            Assert.Equal(2, page.QuerySelectorAll(".rehearsal-choice").Length);
            Assert.Equal(2, page.QuerySelectorAll("[data-ending]").Length);
            // Without script the player is hidden and the script is the page: every "next" link has its target.
            Assert.True(page.QuerySelector("[data-rehearsal-player]")!.HasAttribute("hidden"));
            Assert.False(page.QuerySelector("[data-rehearsal-script]")!.HasAttribute("hidden"));
            Assert.All(page.QuerySelectorAll(".rehearsal-next a"), a => Assert.NotNull(page.GetElementById(a.GetAttribute("href")![1..])));
            // Every link into the guide lands on a page of this build, at a heading it has.
            foreach (var link in page.QuerySelectorAll(".rehearsal-read a"))
            {
                var (file, anchor) = Resolve($"{lang}/rehearsals/practice/", link.GetAttribute("href")!);
                var target = Document(result, file);
                Assert.True(anchor.Length == 0 || target.GetElementById(anchor) is not null, $"{file}#{anchor}");
            }
            Assert.Equal($"review-guide:rehearsal:practice:{lang}", page.QuerySelector("[data-rehearsal-storage]")!.GetAttribute("data-rehearsal-storage"));
            var other = lang == "en" ? "zh-CN" : "en";
            Assert.Equal($"../../../{other}/rehearsals/practice/", page.QuerySelector($".language-switch a[hreflang={other}]")!.GetAttribute("href"));
        }
        var zh = Document(result, "zh-CN/rehearsals/practice/index.html");
        Assert.Equal("面谈前 › 面谈前：充分准备", zh.QuerySelector(".rehearsal-read a")!.TextContent);
        Assert.Equal("接下来：结局 1：有了方向", zh.QuerySelector(".rehearsal-next a")!.TextContent);
    }

    [Fact]
    public void A_page_links_its_rehearsal_as_an_invitation_to_practise()
    {
        using var site = Site();

        var page = Document(site.Build(), "zh-CN/before/index.html");

        var link = page.QuerySelector("a.rehearsal-link")!;
        Assert.Equal("../rehearsals/practice/", link.GetAttribute("href"));
        Assert.Equal("练习开口", link.TextContent);
        // The sidebar offers the rehearsals too, after the sections.
        Assert.Contains(page.QuerySelectorAll("#sidebar a"), a => a.GetAttribute("href") == "../rehearsals/" && a.TextContent == "对话演练");
    }

    [Fact]
    public void A_link_to_a_rehearsal_that_does_not_exist_is_GUIDE067_at_the_link()
    {
        using var site = Site();
        site.Write("input/en/before/index.md", File.ReadAllText(Path.Combine(site.Input, "en/before/index.md")).Replace("rehearsal:practice", "rehearsal:practise", StringComparison.Ordinal));

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("GUIDE067", 19), (error.Code, error.Line));
        Assert.EndsWith("input/en/before/index.md", error.Path, StringComparison.Ordinal);
        Assert.Equal("there is no rehearsal 'practise' (did you mean 'practice'?); they are practice", error.Message);
    }

    [Fact]
    public void Search_finds_a_rehearsal_in_each_language()
    {
        using var site = Site();

        var result = site.Build();

        foreach (var (lang, title) in new[] { ("zh-CN", "练习开口"), ("en", "Practice opening") })
        {
            Assert.Equal($"{lang}/rehearsals/practice/", ShippedSearch.Pages(result, lang, title).FirstOrDefault());
        }
    }

    [Fact]
    public void Check_and_build_report_a_broken_rehearsal_as_path_line_col()
    {
        using var site = Site();
        site.Write("rehearsals/practice.yml", Practice.Replace("next: end-good", "next: end-godo", StringComparison.Ordinal)
            .Replace("before/index.md#面谈前充分准备", "before/index.md#面谈前准备", StringComparison.Ordinal));

        var check = Processes.Guide(site.Root, "check");
        var build = Processes.Guide(site.Root, "build", "--no-pdf");

        Assert.Equal(1, check.ExitCode);
        var lines = check.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("rehearsals/practice.yml:16:23: error GUIDE064: 'before/index.md' (zh-CN) has no heading with the anchor '面谈前准备'; did you mean '#面谈前充分准备'?", lines[0]);
        Assert.Equal("rehearsals/practice.yml:17:15: error GUIDE062: 'next: end-godo' names no scene or ending of this file (did you mean 'end-good'?)", lines[1]);
        // The page that links the broken rehearsal is not wrong, so it gets no problem of its own.
        Assert.Equal(3, lines.Length);
        Assert.Equal(1, build.ExitCode);
        Assert.Contains("rehearsals/practice.yml:17:15: error GUIDE062", build.Stdout + build.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void New_rehearsal_writes_a_skeleton_that_passes_check_and_never_overwrites()
    {
        using var site = Site();

        var created = Processes.Guide(site.Root, "new", "rehearsal", "salary-talk", "--audience", "manager");
        var again = Processes.Guide(site.Root, "new", "rehearsal", "salary-talk");
        var badId = Processes.Guide(site.Root, "new", "rehearsal", "Salary Talk");

        Assert.True(created.ExitCode == 0, created.Stderr);
        Assert.Contains("created rehearsals/salary-talk.yml", created.Stdout, StringComparison.Ordinal);
        Assert.Contains("audience: manager", File.ReadAllText(Path.Combine(site.Root, "rehearsals/salary-talk.yml")), StringComparison.Ordinal);
        var check = Processes.Guide(site.Root, "check", "--strict");
        Assert.True(check.ExitCode == 0, check.Stdout);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("rehearsals/salary-talk.yml already exists", again.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, badId.ExitCode);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(site.Root, "rehearsals")).Length);
    }

    [Fact]
    public void The_real_guide_s_pages_link_the_rehearsals_that_practise_them()
    {
        var result = new SiteBuilder(new BuildOptions(Repo.Input, "unused") { Worksheets = false }, NoProgress.Instance).Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        foreach (var (page, rehearsal) in new[]
        {
            ("during/responding/index.html", "criticism-wrong-facts"), ("during/closing/index.html", "asked-to-sign"),
            ("during/mindset/index.html", "manager-gets-personal"), ("during/initiative/index.html", "asking-for-support"),
            ("managers/four-scenarios/index.html", "quiet-and-tearful"), ("managers/feedback/index.html", "defensive-low-performer"),
        })
        {
            foreach (var lang in new[] { "zh-CN", "en" })
            {
                var links = Document(result, $"{lang}/{page}").QuerySelectorAll("a.rehearsal-link").Select(a => a.GetAttribute("href"));
                Assert.Contains($"../../rehearsals/{rehearsal}/", links);
            }
        }
    }

    private static FixtureSite Site()
    {
        var files = FixtureSite.Small();
        files["rehearsals/practice.yml"] = Practice;
        files["input/zh-CN/before/index.md"] += "\n**练一练：**[练习开口](rehearsal:practice)\n";
        files["input/en/before/index.md"] += "\n**Practise this:** [Practice opening](rehearsal:practice)\n";
        return new FixtureSite(files);
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Document(BuildResult result, string path) =>
        new HtmlParser().ParseDocument(Encoding.UTF8.GetString(result.Files!.All().Single(f => f.Key == path).Value));

    /// <summary>A relative href from a page's folder, as the output file it names and its anchor.</summary>
    private static (string File, string Anchor) Resolve(string fromFolder, string href)
    {
        var hash = href.IndexOf('#');
        var (path, anchor) = hash < 0 ? (href, "") : (href[..hash], href[(hash + 1)..]);
        var parts = fromFolder.TrimEnd('/').Split('/').ToList();
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(segment);
            }
        }
        return (string.Join('/', parts) + "/index.html", Uri.UnescapeDataString(anchor));
    }
}
