using System.Text.RegularExpressions;
using Guide.Building;
using Guide.Checking;
using Guide.Content;

namespace Guide.Tests.Content;

/// <summary>The real guide in input/: complete, paired, substantial, and in our own words.</summary>
public partial class GuideContentTests
{
    private static readonly Lazy<IReadOnlyList<Page>> Pages = new(() =>
    {
        var bag = new DiagnosticBag();
        var config = SiteConfigLoader.Load(Repo.Input, bag)!;
        return ContentLoader.Load(Repo.Input, config, bag);
    });

    public static TheoryData<string> Languages => ["zh-CN", "en"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_topic_of_the_brief_is_covered_in_each_language(string lang)
    {
        var expected = Enumerable.Range(1, 18).Select(i => $"E{i}")
            .Concat(Enumerable.Range(1, 18).Select(i => $"M{i}"))
            .Concat(["FAQ-E", "FAQ-M", "GLOSSARY"]);
        var covered = Pages.Value.Where(p => p.Lang == lang).SelectMany(p => p.Meta.Topics).ToHashSet();

        var missing = expected.Where(t => !covered.Contains(t)).ToList();

        Assert.True(missing.Count == 0, $"not covered in {lang}: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Every_page_has_its_pair_in_the_other_language()
    {
        var zh = Pages.Value.Where(p => p.Lang == "zh-CN").Select(p => p.RelativePath).ToHashSet();
        var en = Pages.Value.Where(p => p.Lang == "en").Select(p => p.RelativePath).ToHashSet();

        Assert.Empty(zh.Except(en));
        Assert.Empty(en.Except(zh));
        Assert.True(zh.Count >= 30, $"only {zh.Count} pages");
    }

    [Fact]
    public void No_page_is_a_stub()
    {
        var stubs = Pages.Value
            .Where(p => p.RelativePath is not ("index.md" or "glossary/index.md"))
            .Where(p => p.Lang == "zh-CN" ? Han().Count(p.Body) < 600 : LatinWord().Count(p.Body) < 300)
            .Select(p => $"{p.Lang}/{p.RelativePath}")
            .ToList();

        Assert.Empty(stubs);
    }

    [Fact]
    public void Every_page_has_summary_audience_order_tags_and_topics()
    {
        var incomplete = Pages.Value
            .Where(p => string.IsNullOrWhiteSpace(p.Meta.Summary) || p.Meta.Tags.Count == 0)
            .Select(p => $"{p.Lang}/{p.RelativePath}")
            .ToList();

        Assert.Empty(incomplete);
    }

    [Fact]
    public void No_run_of_20_chinese_characters_is_copied_from_a_seed()
    {
        Requires.Seeds();
        const int run = 20;
        var seedText = string.Concat(Directory.GetFiles(Repo.Seeds).Order(StringComparer.Ordinal).Select(f => HanOnly(File.ReadAllText(f))));
        var seedRuns = new HashSet<string>(Enumerable.Range(0, Math.Max(0, seedText.Length - run + 1)).Select(i => seedText.Substring(i, run)));

        var copied = new List<string>();
        foreach (var page in Pages.Value)
        {
            var text = HanOnly(page.Meta.Title + page.Meta.Summary + page.Body);
            var hit = Enumerable.Range(0, Math.Max(0, text.Length - run + 1)).Select(i => text.Substring(i, run)).FirstOrDefault(seedRuns.Contains);
            if (hit is not null)
            {
                copied.Add($"{page.SourcePath}: {hit}");
            }
        }

        Assert.Empty(copied);
    }

    [Fact]
    public void The_real_guide_builds_without_errors_or_warnings()
    {
        var result = new SiteBuilder(new BuildOptions(Repo.Input, Path.Combine(Path.GetTempPath(), "unused")) { Worksheets = false }, NoProgress.Instance).Build();

        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void The_real_guide_passes_check_strict()
    {
        var report = ContentCheck.Run(new BuildOptions(Repo.Input, Path.Combine(Path.GetTempPath(), "unused")) { WorksheetsDir = Repo.Worksheets }, strict: true);

        Assert.Empty(report.Diagnostics.Select(d => d.ToString()));
    }

    /// <summary>A reader who lands on a page from search gets a sentence of orientation before the first heading.</summary>
    [Fact]
    public void Every_page_opens_with_a_paragraph_before_its_first_heading()
    {
        var bare = Pages.Value
            .Where(p => p.Body.TrimStart().StartsWith('#'))
            .Select(p => $"{p.Lang}/{p.RelativePath}")
            .ToList();

        Assert.Empty(bare);
    }

    /// <summary>On employee pages the boss is 上级, and the first time a page names them, 直属上级 (input/terms.yml keeps out the other names).</summary>
    [Fact]
    public void Chinese_employee_pages_say_zhishu_shangji_the_first_time()
    {
        var pages = Pages.Value.Where(p => p.Lang == "zh-CN" && p.Meta.Audience == Audience.Employee && p.Body.Contains("上级", StringComparison.Ordinal));
        var wrong = pages
            .Where(p => p.Body.IndexOf("上级", StringComparison.Ordinal) != p.Body.IndexOf("直属上级", StringComparison.Ordinal) + "直属".Length)
            .Select(p => p.SourcePath)
            .ToList();

        Assert.Empty(wrong);
    }

    /// <summary>The employee FAQ is where a worried reader looks first; every page on the reader's rights and the moments that go off-script is one click from it.</summary>
    [Theory]
    [MemberData(nameof(Languages))]
    public void The_employee_faq_links_to_every_protect_yourself_page(string lang)
    {
        var faq = Pages.Value.Single(p => p.Lang == lang && p.RelativePath == "faq/employees.md");
        var linked = PageLink().Matches(faq.Body)
            .Select(m => Resolve("faq", m.Groups["path"].Value))
            .ToHashSet();
        var protective = Pages.Value
            .Where(p => p.Lang == lang && p.Meta.Topics.Any(t => t is "E15" or "E16" or "E17" or "E18"))
            .Select(p => p.RelativePath)
            .ToList();

        Assert.Equal(4, protective.Count);
        Assert.All(protective, p => Assert.Contains(p, linked));
    }

    /// <summary>English pages write money one way (RMB 700,000, never 700k or 1m), dashes as punctuation rather than " - ", and one-character ellipses.</summary>
    [Fact]
    public void English_pages_write_money_dashes_and_ellipses_one_way()
    {
        var problems = Pages.Value
            .Where(p => p.Lang == "en")
            .SelectMany(p => p.Body.Split('\n').Select((line, i) => (Page: p, Line: i + p.BodyLine, Text: line)))
            .SelectMany(l => EnglishStyle().Matches(l.Text).Select(m => $"{l.Page.SourcePath}:{l.Line}: '{m.Value}'"))
            .ToList();

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    /// <summary>A relative link from a page in <paramref name="folder"/> as a path below the language folder.</summary>
    private static string Resolve(string folder, string link)
    {
        var parts = folder.Split('/').ToList();
        foreach (var part in link.Split('/'))
        {
            if (part == "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }
        return string.Join('/', parts);
    }

    private static string HanOnly(string text) => string.Concat(Han().Matches(text).Select(m => m.Value));

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();

    [GeneratedRegex(@"[A-Za-z][A-Za-z'’-]*")]
    private static partial Regex LatinWord();

    /// <summary>A link to another page by its source path: <c>](../before/your-rights.md#…)</c>.</summary>
    [GeneratedRegex(@"\]\((?<path>[^)#:]+\.md)(#[^)]*)?\)")]
    private static partial Regex PageLink();

    /// <summary>700k, 1m, 1.5 million, 300,000 without RMB, a spaced hyphen as a dash, four dots or three.</summary>
    [GeneratedRegex(@"\b\d+(\.\d+)?\s?(k|m|million)\b|(?<!RMB |[\d,])\d{1,3}(,\d{3})+\b|\S - \S|\.\.\.")]
    private static partial Regex EnglishStyle();
}
