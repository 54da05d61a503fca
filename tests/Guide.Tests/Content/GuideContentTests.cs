using System.Text.RegularExpressions;
using Guide.Building;
using Guide.Content;
using Guide.Tests.Support;

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
        var expected = Enumerable.Range(1, 14).Select(i => $"E{i}")
            .Concat(Enumerable.Range(1, 16).Select(i => $"M{i}"))
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

    [SeedsFact]
    public void No_run_of_20_chinese_characters_is_copied_from_a_seed()
    {
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

    private static string HanOnly(string text) => string.Concat(Han().Matches(text).Select(m => m.Value));

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();

    [GeneratedRegex(@"[A-Za-z][A-Za-z'’-]*")]
    private static partial Regex LatinWord();
}
