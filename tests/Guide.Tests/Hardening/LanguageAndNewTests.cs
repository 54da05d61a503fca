
namespace Guide.Tests.Hardening;

/// <summary>
/// Language codes are BCP 47 tags, listed once; <c>guide new</c> writes only what the parser will accept,
/// and never outside the input and worksheets folders.
/// </summary>
public class LanguageAndNewTests
{
    [Theory]
    [InlineData("../../escaped")]
    [InlineData("en us")]
    [InlineData("zh_CN")]
    [InlineData("assets")]
    public void A_language_code_that_is_not_a_tag_is_refused_and_new_page_writes_nothing(string code)
    {
        using var site = new FixtureSite(FixtureSite.Small());
        site.Write("input/site.yml", $$"""
            title: { zh-CN: 测试指南, en: Test Guide }
            languages:
              - { code: zh-CN, label: 简体中文 }
              - { code: en, label: English }
              - { code: "{{code}}", label: Other }
            """);
        var before = OutputTree.Hashes(site.Root);

        Expect.Problem(Processes.Guide(site.Root, "check"), "input/site.yml", "GUIDE025");
        var created = Processes.Guide(site.Root, "new", "page", "before/salary");

        Assert.Equal(1, created.ExitCode);
        Assert.Equal(before, OutputTree.Hashes(site.Root));
        Assert.False(Directory.Exists(Path.Combine(site.Root, "escaped")));
    }

    [Fact]
    public void A_language_listed_twice_is_refused()
    {
        using var site = new FixtureSite(FixtureSite.Small());
        site.Write("input/site.yml", """
            title: { zh-CN: 测试指南, en: Test Guide }
            languages:
              - { code: zh-CN, label: 简体中文 }
              - { code: en, label: English }
              - { code: EN, label: English again }
            """);

        var problem = Expect.Problem(site.Build(), "input/site.yml", "GUIDE025");

        Assert.Equal(5, problem.Line);
    }

    [Theory]
    [InlineData("zh-Hant-TW")]
    [InlineData("en-GB")]
    [InlineData("sr-Latn")]
    public void Well_formed_tags_are_accepted(string code)
    {
        using var site = new FixtureSite(FixtureSite.Small());
        site.Write("input/site.yml", FixtureSite.SiteYml.Replace("code: en,", $"code: {code},"));
        site.Write($"input/{code}/index.md", "---\ntitle: Home\n---\n\nHello.\n");
        site.Write($"input/{code}/before/index.md", "---\ntitle: Before\norder: 10\n---\n\nHello.\n");
        Directory.Delete(Path.Combine(site.Input, "en"), recursive: true);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
    }

    [Theory]
    [InlineData("before/salary\n")]
    [InlineData("before/salary\nmore")]
    [InlineData("before/../../x")]
    public void New_page_refuses_a_slug_the_site_could_not_use(string target)
    {
        using var site = new FixtureSite(FixtureSite.Small());
        var before = OutputTree.Hashes(site.Root);

        var run = Processes.Guide(site.Root, "new", "page", target);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(before, OutputTree.Hashes(site.Root));
    }

    [Theory]
    [InlineData("W100")]
    [InlineData("W0")]
    [InlineData("X2")]
    public void New_worksheet_refuses_an_id_the_parser_would_reject(string id)
    {
        using var site = new FixtureSite(FixtureSite.Small());
        Directory.CreateDirectory(Path.Combine(site.Root, "worksheets"));

        var run = Processes.Guide(site.Root, "new", "worksheet", id, "salary-review");

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(Directory.GetFiles(Path.Combine(site.Root, "worksheets")));
    }

    [Fact]
    public void New_worksheet_W99_is_accepted_and_loads()
    {
        using var site = new FixtureSite(FixtureSite.Small());
        Directory.CreateDirectory(Path.Combine(site.Root, "worksheets"));

        var run = Processes.Guide(site.Root, "new", "worksheet", "W99", "salary-review");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.True(File.Exists(Path.Combine(site.Root, "worksheets", "w99-salary-review.yml")));
    }
}
