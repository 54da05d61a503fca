using Guide.Content;
using Guide.Worksheets;

namespace Guide.Tests.Editing;

/// <summary><c>guide new</c> run as an editor would, then read back the way the build reads it.</summary>
public class NewCommandTests
{
    [Fact]
    public void New_page_creates_both_languages_after_the_last_page_of_the_section()
    {
        using var site = Site();

        var run = Processes.Guide(site.Root, "new", "page", "before/questions");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("created input/zh-CN/before/questions.md", run.Stdout);
        Assert.Contains("created input/en/before/questions.md", run.Stdout);
        var zh = Meta(site, "input/zh-CN/before/questions.md");
        var en = Meta(site, "input/en/before/questions.md");
        Assert.Equal("新页面标题", zh.Title);
        Assert.Equal("New page title", en.Title);
        Assert.Equal(30, zh.Order);
        Assert.Equal(30, en.Order);
        Assert.Equal(Audience.Employee, en.Audience);
        Assert.Empty(en.Tags);
        Assert.Empty(en.Topics);
        Assert.Equal(0, Processes.Guide(site.Root, "check", "--strict").ExitCode);
    }

    [Fact]
    public void New_page_never_overwrites()
    {
        using var site = Site();
        var before = File.ReadAllText(Path.Combine(site.Input, "en/before/goals.md"));

        var run = Processes.Guide(site.Root, "new", "page", "before/goals");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input/zh-CN/before/goals.md already exists", run.Stderr);
        Assert.Equal(before, File.ReadAllText(Path.Combine(site.Input, "en/before/goals.md")));
    }

    [Fact]
    public void A_mistyped_section_is_refused_with_a_suggestion()
    {
        using var site = Site();

        var run = Processes.Guide(site.Root, "new", "page", "befor/questions");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("there is no section 'befor'; did you mean 'before/questions'?", run.Stderr);
        Assert.False(Directory.Exists(Path.Combine(site.Input, "en/befor")));
    }

    [Fact]
    public void New_worksheet_writes_a_definition_that_loads_without_problems()
    {
        using var site = Site();
        Directory.CreateDirectory(Path.Combine(site.Root, "worksheets"));
        File.Copy(Path.Combine(Repo.Worksheets, "w2-three-three.yml"), Path.Combine(site.Root, "worksheets/w2-three-three.yml"));

        var run = Processes.Guide(site.Root, "new", "worksheet", "W10", "salary-review");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var diagnostics = new DiagnosticBag();
        var catalog = WorksheetCatalog.Load(Path.Combine(site.Root, "worksheets"), ["zh-CN", "en"], diagnostics);
        Assert.Empty(diagnostics.Sorted());
        var created = Assert.Single(catalog.All, w => w.Id == "W10");
        Assert.Equal("w10-salary-review", created.Slug);
        Assert.Contains("#   Every field has:", File.ReadAllText(created.SourcePath));
    }

    [Fact]
    public void New_worksheet_refuses_an_id_in_use()
    {
        using var site = Site();
        Directory.CreateDirectory(Path.Combine(site.Root, "worksheets"));
        File.Copy(Path.Combine(Repo.Worksheets, "w2-three-three.yml"), Path.Combine(site.Root, "worksheets/w2-three-three.yml"));

        var run = Processes.Guide(site.Root, "new", "worksheet", "w2");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("worksheets/w2-three-three.yml already uses the id W2", run.Stderr);
        Assert.Single(Directory.GetFiles(Path.Combine(site.Root, "worksheets")));
    }

    private static FixtureSite Site()
    {
        var files = FixtureSite.Small();
        files["input/zh-CN/before/goals.md"] = "---\ntitle: 目标\norder: 20\naudience: employee\n---\n\n写下目标。\n";
        files["input/en/before/goals.md"] = "---\ntitle: Goals\norder: 20\naudience: employee\n---\n\nWrite the goals.\n";
        return new FixtureSite(files);
    }

    private static FrontMatter Meta(FixtureSite site, string path)
    {
        var parsed = FrontMatterParser.Parse(path, File.ReadAllText(Path.Combine(site.Root, path)));
        Assert.Empty(parsed.Diagnostics);
        return parsed.Meta!;
    }
}
