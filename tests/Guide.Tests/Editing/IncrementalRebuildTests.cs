using Guide.Building;
using Guide.Serving;

namespace Guide.Tests.Editing;

/// <summary>
/// The dev server rebuilds with one <see cref="BuildMemo"/>; what it serves must be exactly what
/// <c>guide build</c> would write for the same input, whatever the edit and whichever phase it reaches:
/// pages, links, search, layout, "last updated" dates from git, PDFs and copied files.
/// </summary>
public class IncrementalRebuildTests
{
    private static readonly Dictionary<string, Action<FixtureSite>> Edits = new()
    {
        ["body text"] = s => Replace(s, "input/en/before/goals.md", "Write down each goal.", "Write down every goal, with its figure."),
        ["title"] = s => Replace(s, "input/zh-CN/before/goals.md", "title: 目标", "title: 对照目标"),
        ["order"] = s => Replace(s, "input/en/before/goals.md", "order: 10", "order: 30"),
        ["new page"] = s =>
        {
            s.Write("input/zh-CN/before/questions.md", "---\ntitle: 提问\norder: 40\n---\n\n## 准备问题\n\n写下三个问题。\n");
            s.Write("input/en/before/questions.md", "---\ntitle: Questions\norder: 40\n---\n\n## Prepare questions\n\nWrite three questions.\n");
        },
        ["deleted page"] = s =>
        {
            File.Delete(Path.Combine(s.Input, "zh-CN/before/plan.md"));
            File.Delete(Path.Combine(s.Input, "en/before/plan.md"));
        },
        ["heading"] = s => Replace(s, "input/en/before/plan.md", "## Write the plan", "## Write the plan down"),
        ["image added"] = s => s.Write("input/assets/extra.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
        ["worksheet"] = s => Replace(s, "worksheets/w2-three-three.yml", "en: Your name.}", "en: Your full name.}"),
        ["site title"] = s => Replace(s, "input/site.yml", "en: Test Guide", "en: Test Guide Two"),
        ["image changed"] = s => s.Write("input/assets/steps.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>nine steps</title></svg>"),
        ["commit"] = s =>
        {
            Replace(s, "input/en/before/plan.md", "One step a week.", "One step each week.");
            Git(s, "2025-02-03T10:00:00Z", "commit", "-qam", "edit the plan");
        },
    };

    public static TheoryData<string> Kinds() => [.. Edits.Keys];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void An_incremental_rebuild_gives_the_same_bytes_as_a_full_build(string kind)
    {
        using var site = new FixtureSite(Pages());
        Git(site, "2024-01-01T10:00:00Z", "init", "-q");
        Git(site, "2024-01-01T10:00:00Z", "add", "-A");
        Git(site, "2024-01-01T10:00:00Z", "commit", "-qm", "the guide");
        var memo = new BuildMemo();
        var before = Files(Build(site, memo));

        Edits[kind](site);
        var incremental = Files(Build(site, memo));
        var full = Files(Build(site, memo: null));

        Assert.NotEqual(before, incremental);
        Assert.Equal(full, incremental);
        Assert.Equal(WithPdfs, full.Keys.Any(k => k.EndsWith(".pdf", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("body text", 1)]
    [InlineData("title", 1)]
    [InlineData("order", 1)]
    [InlineData("new page", 12)]
    public void Only_changed_bodies_are_rendered_again_unless_the_set_of_link_targets_changed(string kind, int rendered)
    {
        using var site = new FixtureSite(Pages());
        var memo = new BuildMemo();
        Build(site, memo);

        Edits[kind](site);
        Build(site, memo);

        Assert.Equal(rendered, memo.Made("body"));
        Assert.Equal(0, memo.Made("pdf"));
    }

    [Fact]
    public void Problems_found_in_cached_bodies_are_reported_again_and_a_fix_gives_the_full_build()
    {
        using var site = new FixtureSite(Pages());
        var memo = new BuildMemo();
        Build(site, memo);

        Replace(site, "input/en/before/facts.md", "(goals.md)", "(goal.md)");
        Replace(site, "input/zh-CN/before/goals.md", "写下每个目标。", "写下每个目标和数字。");
        var broken = Build(site, memo);
        var brokenFull = Build(site, memo: null);
        Replace(site, "input/en/before/facts.md", "(goal.md)", "(goals.md)");
        var fixedIncremental = Build(site, memo);

        Assert.False(broken.Succeeded);
        Assert.Equal(brokenFull.Diagnostics, broken.Diagnostics);
        Assert.Contains(broken.Diagnostics, d => d.Code == "GUIDE005" && d.Path.EndsWith("en/before/facts.md", StringComparison.Ordinal));
        Assert.Equal(Files(Build(site, memo: null)), Files(fixedIncremental));
    }

    [Fact]
    public void Front_matter_problems_are_reported_again_when_another_page_is_saved()
    {
        using var site = new FixtureSite(Pages());
        Replace(site, "input/en/before/plan.md", "order: 30", "order: thirty");
        var memo = new BuildMemo();
        var first = Build(site, memo);

        Edits["body text"](site);
        var incremental = Build(site, memo);
        var full = Build(site, memo: null);

        Assert.Contains(first.Diagnostics, d => d.Path.EndsWith("en/before/plan.md", StringComparison.Ordinal));
        Assert.Equal(full.Diagnostics, incremental.Diagnostics);
        Assert.Equal(first.Diagnostics, incremental.Diagnostics);
    }

    [Fact]
    public void A_saved_page_reads_only_its_own_front_matter_and_remakes_no_pdf_and_reads_no_git_log()
    {
        using var site = new FixtureSite(Pages());
        var memo = new BuildMemo();
        Build(site, memo);

        Edits["body text"](site);
        Build(site, memo);

        Assert.Equal((1, 1, 0, 0, 0, 0), (memo.Made("front matter"), memo.Made("body"), memo.Made("pdf"), memo.Made("fonts"), memo.Made("history"), memo.Made("worksheets")));
    }

    /// <summary>PDFs are part of every build here when the worksheet font is in the cache, as in CI.</summary>
    private static readonly bool WithPdfs = File.Exists(new Guide.Worksheets.FontLocator().CachedRegular);

    private static BuildResult Build(FixtureSite site, BuildMemo? memo) =>
        new SiteBuilder(site.Options() with { Worksheets = WithPdfs }, NoProgress.Instance, memo).Build();

    /// <summary>Runs git in the fixture with a fixed author and date, so "last updated" is known.</summary>
    private static void Git(FixtureSite site, string date, params string[] args)
    {
        var environment = new Dictionary<string, string?>
        {
            ["GIT_AUTHOR_NAME"] = "Editor",
            ["GIT_AUTHOR_EMAIL"] = "editor@example.org",
            ["GIT_COMMITTER_NAME"] = "Editor",
            ["GIT_COMMITTER_EMAIL"] = "editor@example.org",
            ["GIT_AUTHOR_DATE"] = date,
            ["GIT_COMMITTER_DATE"] = date,
        };
        var git = Processes.Run("git", args, site.Root, environment);
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', args)}: {git.Stderr}");
    }

    private static SortedDictionary<string, string> Files(BuildResult result)
    {
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return new(result.Files!.All().ToDictionary(f => f.Key, f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(f.Value))), StringComparer.Ordinal);
    }

    private static void Replace(FixtureSite site, string path, string from, string to)
    {
        var full = Path.Combine(site.Root, path);
        var text = File.ReadAllText(full);
        Assert.Contains(from, text);
        File.WriteAllText(full, text.Replace(from, to, StringComparison.Ordinal));
    }

    /// <summary>The small site plus a section of three pages that link to each other, in both languages, and one worksheet.</summary>
    private static Dictionary<string, string> Pages()
    {
        var pages = FixtureSite.Small();
        pages["input/zh-CN/before/goals.md"] = "---\ntitle: 目标\norder: 10\n---\n\n## 列出目标\n\n写下每个目标。再看[事实](facts.md#收集数字)。\n";
        pages["input/zh-CN/before/facts.md"] = "---\ntitle: 事实\norder: 20\n---\n\n## 收集数字\n\n先看[目标](goals.md)。\n\n![九步](../../assets/steps.svg)\n";
        pages["input/zh-CN/before/plan.md"] = "---\ntitle: 计划\norder: 30\n---\n\n## 写计划\n\n一周一步。\n";
        pages["input/en/before/goals.md"] = "---\ntitle: Goals\norder: 10\n---\n\n## List the goals\n\nWrite down each goal. Then see [the facts](facts.md#gather-figures).\n";
        pages["input/en/before/facts.md"] = "---\ntitle: Facts\norder: 20\n---\n\n## Gather figures\n\nStart from [the goals](goals.md).\n\n![Nine steps](../../assets/steps.svg)\n";
        pages["input/en/before/plan.md"] = "---\ntitle: Plan\norder: 30\n---\n\n## Write the plan\n\nOne step a week.\n";
        pages["input/assets/steps.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>steps</title></svg>";
        pages["worksheets/w2-three-three.yml"] = File.ReadAllText(Path.Combine(Repo.Worksheets, "w2-three-three.yml"));
        return pages;
    }
}
