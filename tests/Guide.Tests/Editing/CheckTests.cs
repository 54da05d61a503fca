using Guide.Building;
using Guide.Checking;

namespace Guide.Tests.Editing;

/// <summary>
/// One small mistake per kind of problem, each put into an otherwise clean guide: check must name the
/// exact code, file and line, so an editor lands on the mistake.
/// </summary>
public class CheckTests
{
    /// <summary>The English "before" page with <paramref name="line9"/> as the ninth line of the file.</summary>
    private static string EnBefore(string line9, string frontMatter = "title: Before\norder: 10\naudience: employee") =>
        $"---\n{frontMatter}\n---\n\n## Before the review: prepare well\n\n{line9}\n";

    private const string En = "input/en/before/index.md";

    private const string EnHome = "input/en/index.md";

    /// <summary>The English home page with <paramref name="situations"/> as the entries of its situations list (from line 6).</summary>
    private static string Home(string situations) =>
        $"---\ntitle: Home\nsummary: Start here.\nsituations:\n{situations}\n---\n\nWelcome.\n";

    public static TheoryData<string, string, string, string> Mistakes() => new()
    {
        // name, file, content, expected "path:line: severity CODE"
        { "front matter value", En, EnBefore("Text.", "title: Before\norder: ten\naudience: employee"), $"{En}:3: error GUIDE001" },
        { "front matter not closed", En, "---\ntitle: Before\n\nText.\n", $"{En}:1: error GUIDE001" },
        { "no title", En, "---\nsummary: Prepare.\n---\n\nText.\n", $"{En}:2: error GUIDE002" },
        { "unknown language folder", "input/fr/index.md", "---\ntitle: Accueil\n---\n", "input/fr:1: error GUIDE003" },
        { "two pages at one address", "input/en/before.md", "---\ntitle: Before too\n---\n", $"{En}:1: error GUIDE004" },
        { "link to a missing page", En, EnBefore("See [the plan](plan.md)."), $"{En}:9: error GUIDE005" },
        { "link to a missing heading", En, EnBefore("See [home](../index.md#welcome)."), $"{En}:9: error GUIDE006" },
        { "anchor on the same page", En, EnBefore("See [above](#prepare-well)."), $"{En}:9: error GUIDE006" },
        { "site.yml language without a code", "input/site.yml", "title: { zh-CN: 测试指南, en: Test Guide }\nlanguages:\n  - { code: zh-CN, label: 简体中文 }\n  - { label: English }\n", "input/site.yml:4: error GUIDE007" },
        { "image without alt text", En, EnBefore("![](../../assets/steps.svg)"), $"{En}:9: error GUIDE008" },
        { "missing image", En, EnBefore("![The nine steps](../../assets/nine.svg)"), $"{En}:9: error GUIDE009" },
        { "unknown worksheet", En, EnBefore("Fill in [the sheet](worksheet:W99)."), $"{En}:9: error GUIDE010" },
        { "unknown callout", En, EnBefore(":::sya\nSay this.\n:::"), $"{En}:9: error GUIDE014" },
        { "placeholder repository", "input/site.yml", FixtureSite.SiteYml.Replace("https://git.people-team.cn/hr/guide", "https://github.com/example/review-guide"), "input/site.yml:5: error GUIDE015" },
        { "situations on a page that is not home", En, EnBefore("Text.", "title: Before\norder: 10\naudience: employee\nsituations:\n  - { title: Tomorrow, link: ../index.md }"), $"{En}:6: error GUIDE016" },
        { "situation without a link", EnHome, Home("  - title: My review is tomorrow\n    text: One evening left."), $"{EnHome}:5: error GUIDE016" },
        { "situation linked to a missing page", EnHome, Home("  - title: My review is tomorrow\n    link: tomorrow.md"), $"{EnHome}:6: error GUIDE005" },
        { "situation linked to a missing heading", EnHome, Home("  - title: My review is tomorrow\n    link: before/index.md#tonight"), $"{EnHome}:6: error GUIDE006" },
        { "unknown front matter key", En, EnBefore("Text.", "title: Before\norder: 10\nauidence: employee"), $"{En}:4: warning GUIDE050" },
        { "page without its translation", "input/en/extra.md", "---\ntitle: Extra\n---\n\nText.\n", "input/en/extra.md:1: warning GUIDE051" },
        { "heading level skipped", En, EnBefore("#### Details"), $"{En}:9: warning GUIDE052" },
        { "order differs from the translation", "input/zh-CN/before/index.md", "---\ntitle: 面谈前\norder: 20\naudience: employee\n---\n\n## 面谈前：充分准备\n", "input/zh-CN/before/index.md:3: warning GUIDE053" },
        { "straight quotes in a Chinese page", "input/zh-CN/before/index.md", "---\ntitle: 面谈前\norder: 10\naudience: employee\n---\n\n## 面谈前：充分准备\n\n先写\"事实\"。\n", "input/zh-CN/before/index.md:9: warning GUIDE054" },
        { "a word the terms list avoids", "input/terms.yml", "terms:\n  - preferred: 回顾\n    avoid: [复盘]\n    audience: employee\n", "input/zh-CN/before/index.md:9: warning GUIDE056" },
        { "terms list without terms", "input/terms.yml", "words:\n  - preferred: 回顾\n", "input/terms.yml:1: error GUIDE057" },
        { "worksheet YAML", "worksheets/w1-gap.yml", "id: W1\ntitle: {zh-CN: 表, en: Sheet\n", "worksheets/w1-gap.yml:3: error GUIDE030" },
        { "worksheet unknown key", "worksheets/w1-gap.yml", "id: W1\ntitel: {zh-CN: 表, en: Sheet}\n", "worksheets/w1-gap.yml:2: error GUIDE036" },
        { "worksheet without English", "worksheets/w1-gap.yml", "id: W1\ntitle: {zh-CN: 表}\n", "worksheets/w1-gap.yml:2: error GUIDE033" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Each_mistake_is_reported_with_its_code_at_its_line(string name, string file, string content, string expected)
    {
        using var site = Clean();
        site.Write(file, content);

        var report = ContentCheck.Run(site.Options(), strict: false);

        var found = report.Diagnostics.Select(d => $"{Relative(site, d.Path)}:{Math.Max(d.Line, 1)}: {(d.IsError ? "error" : "warning")} {d.Code}").ToList();
        Assert.True(found.Contains(expected), $"{name}: expected {expected}, got:\n{string.Join('\n', found)}");
    }

    [Fact]
    public void The_clean_fixture_has_no_problems()
    {
        using var site = Clean();

        var report = ContentCheck.Run(site.Options(), strict: true);

        Assert.Empty(report.Diagnostics);
        Assert.Equal(4, report.Pages);
    }

    [Fact]
    public void Unknown_keys_suggest_the_known_one()
    {
        using var site = Clean();
        site.Write(En, EnBefore("Text.", "title: Before\norder: 10\nauidence: employee"));

        var problem = Assert.Single(ContentCheck.Run(site.Options(), strict: false).Diagnostics, d => d.Code == "GUIDE050");

        Assert.Equal("unknown key 'auidence'; did you mean 'audience'?", problem.Message);
    }

    [Fact]
    public void A_missing_translation_is_a_warning_and_an_error_when_strict()
    {
        using var site = Clean();
        site.Write("input/en/extra.md", "---\ntitle: Extra\n---\n\nText.\n");

        var relaxed = Assert.Single(ContentCheck.Run(site.Options(), strict: false).Diagnostics);
        var strict = Assert.Single(ContentCheck.Run(site.Options(), strict: true).Diagnostics);

        Assert.False(relaxed.IsError);
        Assert.True(strict.IsError);
        Assert.Matches("no 简体中文 translation; until then the 简体中文 site shows this page with a notice; create .*input/zh-CN/extra\\.md ", relaxed.Message);
    }

    /// <summary>The small fixture, an image the pages may use, and no worksheets folder.</summary>
    private static FixtureSite Clean()
    {
        var files = FixtureSite.Small();
        files["input/assets/steps.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
        return new FixtureSite(files);
    }

    private static string Relative(FixtureSite site, string path) =>
        Path.IsPathRooted(path) ? Path.GetRelativePath(site.Root, path).Replace('\\', '/') : path;
}
