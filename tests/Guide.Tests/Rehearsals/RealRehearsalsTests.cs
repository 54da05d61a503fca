using System.Text.RegularExpressions;
using Guide.Building;
using Guide.Content;
using Guide.Rehearsals;
using Guide.Worksheets;

namespace Guide.Tests.Rehearsals;

/// <summary>
/// The real rehearsals in rehearsals/, walked as a reader would walk them: every scene can be reached,
/// every path ends, every link into the guide lands on a page and heading, both languages say everything.
/// </summary>
public sealed partial class RealRehearsalsTests(ITestOutputHelper output)
{
    private static readonly Lazy<(RehearsalCatalog Catalog, Site Site, GuideLinks Links, IReadOnlyList<Diagnostic> Problems)> Real = new(() =>
    {
        var (site, found) = new SiteBuilder(new BuildOptions(Repo.Input, "unused") { Worksheets = false }, NoProgress.Instance).Validate();
        Assert.True(site is not null, string.Join('\n', found));
        var bag = new DiagnosticBag();
        var catalog = RehearsalCatalog.Load(Repo.Rehearsals, ["zh-CN", "en"], bag);
        var links = GuideLinks.Resolve(catalog, new SitePages(site!), bag);
        return (catalog, site!, links, bag.Sorted());
    });

    private static IReadOnlyList<Rehearsal> All => Real.Value.Catalog.All;

    [Fact]
    public void The_brief_s_rehearsals_are_all_there_in_both_audiences()
    {
        Assert.Empty(Real.Value.Problems.Select(d => d.ToString()));
        var files = Directory.GetFiles(Repo.Rehearsals, "*.yml");
        Assert.Equal(files.Length, All.Count);
        Assert.True(All.Count >= 8, $"only {All.Count} rehearsals");
        Assert.True(All.Count(r => r.Audience == RehearsalAudience.Employee) >= 5);
        Assert.True(All.Count(r => r.Audience == RehearsalAudience.Manager) >= 4);
    }

    [Fact]
    public void Every_scene_is_reachable_and_every_path_ends()
    {
        foreach (var rehearsal in All)
        {
            var byId = rehearsal.All.ToDictionary(s => s.Id);
            Assert.All(rehearsal.All.SelectMany(s => s.Next), next => Assert.True(byId.ContainsKey(next), $"{rehearsal.Id}: next '{next}'"));

            var reached = Reach([rehearsal.Start.Id], id => byId[id].Next);
            Assert.True(reached.SetEquals(byId.Keys), $"{rehearsal.Id}: never reached {string.Join(", ", byId.Keys.Except(reached))}");

            // From every scene some ending is reachable, so no choice can trap the reader in a loop.
            var endings = rehearsal.Endings.Select(e => e.Id).ToHashSet();
            foreach (var scene in rehearsal.Scenes)
            {
                Assert.True(Reach([scene.Id], id => byId[id].Next).Overlaps(endings), $"{rehearsal.Id}: '{scene.Id}' has no way to an ending");
            }

            var paths = Paths(rehearsal, byId);
            Assert.True(paths.Count >= rehearsal.Endings.Count, $"{rehearsal.Id}: {paths.Count} paths for {rehearsal.Endings.Count} endings");
            Assert.All(paths, path => Assert.IsType<Ending>(byId[path[^1]]));
            Assert.All(rehearsal.Scenes, s => Assert.InRange(s.Choices.Count, 2, 4));
            output.WriteLine($"{rehearsal.Id}: {rehearsal.Scenes.Count} scenes, {rehearsal.Endings.Count} endings, {rehearsal.Choices.Count()} choices, {paths.Count} paths");
        }
    }

    [Fact]
    public void Every_choice_links_a_section_of_the_guide_in_both_languages()
    {
        foreach (var rehearsal in All)
        {
            foreach (var choice in rehearsal.Choices)
            {
                foreach (var lang in new[] { "zh-CN", "en" })
                {
                    var section = Real.Value.Links.For(lang, choice.Read);
                    Assert.True(section is { Heading: not null }, $"{rehearsal.Id}: '{choice.Read.Target.Get(lang)}' ({lang}) should name a heading of a page");
                    var page = Real.Value.Site.Documents.Single(d => section!.Url.StartsWith(d.Page.Url + "#", StringComparison.Ordinal));
                    Assert.Equal(lang, page.Page.Lang);
                }
            }
        }
    }

    [Fact]
    public void Every_text_is_written_in_both_languages()
    {
        foreach (var rehearsal in All)
        {
            foreach (var text in Texts(rehearsal))
            {
                Assert.True(Han().IsMatch(text.Get("zh-CN")), $"{rehearsal.Id}: the zh-CN text '{text.Get("zh-CN")}' has no Chinese");
                Assert.False(Han().IsMatch(text.Get("en")), $"{rehearsal.Id}: the en text '{text.Get("en")}' has Chinese in it");
                Assert.True(LatinWord().Count(text.Get("en")) >= 1, $"{rehearsal.Id}: the en text for '{text.Get("zh-CN")}' is empty");
            }
        }
    }

    [Fact]
    public void Each_side_calls_the_boss_by_its_own_word()
    {
        foreach (var rehearsal in All)
        {
            var chinese = string.Concat(Texts(rehearsal).Select(t => t.Get("zh-CN")));
            if (rehearsal.Audience == RehearsalAudience.Employee)
            {
                Assert.Contains("直属上级", rehearsal.Situation.Get("zh-CN"), StringComparison.Ordinal);
                Assert.DoesNotContain("主管", chinese, StringComparison.Ordinal);
                // 客户经理 (account manager) is a job, not the boss.
                Assert.DoesNotMatch("(?<!客户)经理", chinese);
            }
            else
            {
                Assert.Equal("主管", rehearsal.Roles.You.Get("zh-CN"));
                Assert.DoesNotContain("上级", chinese, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Every_file_explains_the_format_at_the_top()
    {
        foreach (var rehearsal in All)
        {
            var text = File.ReadAllText(rehearsal.SourcePath);
            var title = $"# 演练 · {rehearsal.Title.Get("zh-CN")} / Rehearsal · {rehearsal.Title.Get("en")}\n";
            Assert.StartsWith(title + RehearsalSkeleton.SchemaComment(["zh-CN", "en"], (lang, key) => Guide.Theme.Model.ThemeWords.For(["zh-CN", "en"])[lang][key]) + "\n", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void No_run_of_20_chinese_characters_is_copied_from_a_seed()
    {
        Requires.Seeds();
        const int run = 20;
        var seeds = string.Concat(Directory.GetFiles(Repo.Seeds).Order(StringComparer.Ordinal).Select(f => HanOnly(File.ReadAllText(f))));
        var seedRuns = Enumerable.Range(0, Math.Max(0, seeds.Length - run + 1)).Select(i => seeds.Substring(i, run)).ToHashSet();

        var copied = All
            .Select(r => (r.Id, Text: HanOnly(string.Concat(Texts(r).Select(t => t.Get("zh-CN"))))))
            .SelectMany(r => Enumerable.Range(0, Math.Max(0, r.Text.Length - run + 1)).Select(i => $"{r.Id}: {r.Text.Substring(i, run)}").Where(hit => seedRuns.Contains(hit[(hit.IndexOf(": ", StringComparison.Ordinal) + 2)..])))
            .ToList();

        Assert.Empty(copied);
    }

    /// <summary>Every text a reader of the rehearsal sees (the links' targets are not prose).</summary>
    private static IEnumerable<LocalizedText> Texts(Rehearsal r) =>
        new[] { r.Title, r.Summary, r.Situation, r.Roles.You, r.Roles.Them }
            .Concat(r.Scenes.SelectMany(s => new[] { s.Says, s.Note }.OfType<LocalizedText>()
                .Concat(s.Choices.SelectMany(c => new[] { c.Say, c.Effect, c.Why }))))
            .Concat(r.Endings.SelectMany(e => new[] { e.Title, e.Says, e.Debrief }.OfType<LocalizedText>()));

    private static HashSet<string> Reach(IEnumerable<string> from, Func<string, IEnumerable<string>> next)
    {
        var seen = from.ToHashSet();
        var queue = new Queue<string>(seen);
        while (queue.TryDequeue(out var id))
        {
            foreach (var n in next(id).Where(seen.Add))
            {
                queue.Enqueue(n);
            }
        }
        return seen;
    }

    /// <summary>Every path from the first scene that does not go round a loop, as lists of ids.</summary>
    private static List<List<string>> Paths(Rehearsal rehearsal, Dictionary<string, Scene> byId)
    {
        var paths = new List<List<string>>();
        void Walk(List<string> path)
        {
            var next = byId[path[^1]].Next.Where(n => !path.Contains(n)).ToList();
            if (next.Count == 0)
            {
                paths.Add(path);
            }
            foreach (var n in next)
            {
                Walk([.. path, n]);
            }
        }
        Walk([rehearsal.Start.Id]);
        return paths;
    }

    private static string HanOnly(string text) => string.Concat(Han().Matches(text).Select(m => m.Value));

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex LatinWord();
}
