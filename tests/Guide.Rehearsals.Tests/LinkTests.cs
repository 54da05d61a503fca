namespace Guide.Rehearsals.Tests;

/// <summary>A choice's <c>read:</c> link is checked against the guide's pages and headings in each language.</summary>
public sealed class LinkTests
{
    [Fact]
    public void Links_resolve_to_the_page_and_heading_in_each_language()
    {
        var (rehearsal, _) = Fixture.Parse(Fixture.Valid);
        var diagnostics = new DiagnosticBag();

        var links = GuideLinks.Resolve(RehearsalCatalog.From([rehearsal!]), new FakePages(), diagnostics);

        Assert.Empty(diagnostics.Sorted());
        var read = rehearsal!.Start.Choices[0].Read;
        Assert.Equal(new GuideSection("zh-CN/during/listening/#复述确认", "积极倾听", "复述确认"), links.For("zh-CN", read));
        Assert.Equal(new GuideSection("en/during/listening/#restate-to-confirm", "Listen", "Restate to confirm"), links.For("en", read));
        Assert.Equal(new GuideSection("en/during/listening/", "Listen", null), links.For("en", rehearsal.Start.Choices[1].Read));
    }

    [Theory]
    [InlineData("en: during/listening.md#restate-to-confirm}\n        next: follow-up", "en: during/listenin.md#restate-to-confirm}\n        next: follow-up",
        "GUIDE063", 16, 53, "the en guide has no page 'during/listenin.md' (did you mean 'during/listening.md'?)")]
    [InlineData("{zh-CN: during/listening.md#复述确认, en: during/listening.md#restate-to-confirm}\n        next: follow-up",
        "{zh-CN: during/listening.md#复述确任, en: during/listening.md#restate-to-confirm}\n        next: follow-up",
        "GUIDE064", 16, 23, "'during/listening.md' (zh-CN) has no heading with the anchor '复述确任'; did you mean '#复述确认'?")]
    [InlineData("{zh-CN: during/listening.md, en: during/listening.md}", "{zh-CN: ../during/listening.md, en: during/listening.md}",
        "GUIDE063", 22, 23, "is not a page of the guide")]
    public void A_broken_link_is_reported_where_it_is_written(string find, string replace, string code, int line, int column, string message)
    {
        var diagnostics = new DiagnosticBag();
        var folder = Directory.CreateTempSubdirectory("rehearsals-").FullName;
        try
        {
            // A link in a file that fails for other reasons too is still checked.
            var text = Fixture.With(find, replace).Replace("verdict: mixed", "verdict: meh", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(folder, "practice.yml"), text);
            var catalog = RehearsalCatalog.Load(folder, Fixture.Languages, diagnostics);

            GuideLinks.Resolve(catalog, new FakePages(), diagnostics);

            var error = Assert.Single(diagnostics.Sorted(), d => d.Code == code);
            Assert.Equal((line, column), (error.Line, error.Column));
            Assert.EndsWith("practice.yml", error.Path, StringComparison.Ordinal);
            Assert.Contains(message, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Links_in_a_language_the_guide_does_not_have_are_not_checked()
    {
        var (rehearsal, _) = Fixture.Parse(Fixture.With("en: during/listening.md#restate-to-confirm}\n        next: follow-up", "en: nowhere.md}\n        next: follow-up"));
        var diagnostics = new DiagnosticBag();

        GuideLinks.Resolve(RehearsalCatalog.From([rehearsal!]), new ChineseOnly(), diagnostics);

        Assert.Empty(diagnostics.Sorted());
    }

    [Theory]
    [InlineData(RehearsalAudience.Employee, "上级")]
    [InlineData(RehearsalAudience.Manager, "员工")]
    public void The_skeleton_of_new_rehearsal_loads_and_its_links_resolve(RehearsalAudience audience, string them)
    {
        var text = RehearsalSkeleton.For("salary-talk", audience, "index.md", Fixture.Languages, Fixture.Word);
        var diagnostics = new DiagnosticBag();

        var rehearsal = RehearsalCatalog.Parse("rehearsals/salary-talk.yml", text, Fixture.Languages, diagnostics);
        GuideLinks.Resolve(RehearsalCatalog.From([rehearsal!]), new FakePages(), diagnostics);

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(audience, rehearsal!.Audience);
        Assert.Equal(them, rehearsal.Roles.Them.Get("zh-CN"));
        Assert.StartsWith("# 演练 · 新的演练 / Rehearsal · New rehearsal (salary-talk)\n" + RehearsalSkeleton.SchemaComment(Fixture.Languages, Fixture.Word), text, StringComparison.Ordinal);
    }

    private sealed class ChineseOnly : IGuidePages
    {
        private readonly FakePages _pages = new();

        public IReadOnlyCollection<string> Languages { get; } = ["zh-CN"];

        public GuidePage? Find(string lang, string path) => _pages.Find(lang, path);

        public IEnumerable<string> Paths(string lang) => _pages.Paths(lang);
    }
}
