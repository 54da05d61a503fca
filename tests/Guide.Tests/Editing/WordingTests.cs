using Guide.Checking;

namespace Guide.Tests.Editing;

/// <summary>
/// The wording rules of <c>check</c>: Chinese quotation marks (GUIDE054), worksheet links named by the
/// worksheet's title (GUIDE055) and the words of <c>input/terms.yml</c> (GUIDE056, GUIDE057). Each is a
/// warning that <c>--strict</c> turns into an error, at the line and column of the word.
/// </summary>
public class WordingTests
{
    private const string ZhBefore = "input/zh-CN/before/index.md";
    private const string EnBefore = "input/en/before/index.md";

    /// <summary>The fixture's Chinese "before" page with <paramref name="body"/> from line 9 on (the home page links to its heading).</summary>
    private static string Zh(string body) =>
        $"---\ntitle: 面谈前\norder: 10\naudience: employee\n---\n\n## 面谈前：充分准备\n\n{body}\n";

    /// <summary>The fixture's English "before" page with <paramref name="body"/> from line 9 on.</summary>
    private static string En(string body) =>
        $"---\ntitle: Before\norder: 10\naudience: employee\n---\n\n## Before the review: prepare well\n\n{body}\n";

    private const string Terms = """
        # one word for the boss
        terms:
          - preferred: 上级
            avoid: [经理, 主管]
            audience: employee
            allow: [项目经理]
            note: 员工页面统一叫上级
          - preferred: manager
            avoid: [boss]
          - preferred: 绩效面谈记录表
            avoid: [面谈记录表]
        """;

    [Fact]
    public void Straight_quotes_on_a_chinese_page_are_reported_once_per_line_at_the_first()
    {
        using var site = Fixture();
        site.Write(ZhBefore, Zh("先把\"事实\"写下来，再写\"原因\"。\n\n第二段没有问题。\n\n- 列表里也算：\"三三\""));

        var found = Wording(site, "GUIDE054");

        Assert.Equal([$"{ZhBefore}:9:3", $"{ZhBefore}:13:9"], found.Select(d => $"{d.Path}:{d.Line}:{d.Column}"));
        Assert.All(found, d => Assert.Contains("“…”", d.Message));
    }

    [Fact]
    public void Straight_quotes_in_code_in_english_and_in_chinese_quotes_are_fine()
    {
        using var site = Fixture();
        site.Write(ZhBefore, Zh("写成“事实”，YAML 里可以写 `title: \"面谈\"`。"));
        site.Write(EnBefore, En("Say \"thank you\" first."));

        Assert.Empty(Wording(site, "GUIDE054"));
    }

    [Fact]
    public void A_straight_quote_in_the_title_is_reported_on_the_title_line()
    {
        using var site = Fixture();
        site.Write(ZhBefore, Zh("正文。").Replace("title: 面谈前", "title: 面谈前的\"准备\"", StringComparison.Ordinal));

        var problem = Assert.Single(Wording(site, "GUIDE054"));

        Assert.Equal(2, problem.Line);
    }

    [Fact]
    public void A_worksheet_link_must_use_the_worksheet_title_word_for_word()
    {
        using var site = WithWorksheet();
        site.Write(ZhBefore, Zh("先填[三三自评](worksheet:W2)，再填[三三自评表](worksheet:W2)。"));

        var problem = Assert.Single(Wording(site, "GUIDE055"));

        Assert.Equal($"{ZhBefore}:9:3", $"{problem.Path}:{problem.Line}:{problem.Column}");
        Assert.Equal("the link text '三三自评' is not the title of W2; write [三三自评表](worksheet:W2), word for word as printed on the worksheet", problem.Message);
    }

    [Fact]
    public void An_english_worksheet_link_may_change_case_but_not_words()
    {
        using var site = WithWorksheet();
        site.Write(EnBefore, En("Fill in the [three-three self-assessment](worksheet:W2).\n\nOr the [Three-three sheet](worksheet:W2)."));

        var problem = Assert.Single(Wording(site, "GUIDE055"));

        Assert.Equal(11, problem.Line);
        Assert.Contains("write [Three-three self-assessment](worksheet:W2)", problem.Message);
    }

    [Fact]
    public void An_avoided_term_is_reported_on_pages_of_its_audience_with_the_preferred_one()
    {
        using var site = Fixture();
        site.Write("input/terms.yml", Terms);
        site.Write(ZhBefore, Zh("面谈前先和**经理**约时间。\n\n项目经理也会来。"));
        site.Write("input/zh-CN/team/index.md", "---\ntitle: 团队\naudience: manager\n---\n\n经理要先听员工说。\n");
        site.Write("input/en/team/index.md", "---\ntitle: Team\naudience: manager\n---\n\nListen first.\n");

        var found = Wording(site, "GUIDE056");

        var problem = Assert.Single(found);
        Assert.Equal($"{ZhBefore}:9:8", $"{problem.Path}:{problem.Line}:{problem.Column}");
        Assert.StartsWith("'经理' is avoided on employee pages; write '上级' (", problem.Message);
        Assert.EndsWith("input/terms.yml:3: 员工页面统一叫上级)", problem.Message);
    }

    [Fact]
    public void A_latin_term_matches_whole_words_in_any_case_and_the_preferred_word_excuses_what_it_contains()
    {
        using var site = Fixture();
        site.Write("input/terms.yml", Terms);
        site.Write(EnBefore, En("Your Boss may be bossy. Ask the boss-level questions."));
        site.Write(ZhBefore, Zh("签字前看清绩效面谈记录表。别签没看过的面谈记录表。"));

        var found = Wording(site, "GUIDE056").Select(d => $"{d.Path}:{d.Line}:{d.Column} {d.Message[..d.Message.IndexOf(';', StringComparison.Ordinal)]}");

        Assert.Equal([$"{EnBefore}:9:6 'boss' is avoided on every page", $"{EnBefore}:9:33 'boss' is avoided on every page", $"{ZhBefore}:9:20 '面谈记录表' is avoided on every page"], found);
    }

    [Fact]
    public void A_longer_avoided_variant_is_one_finding_not_two()
    {
        using var site = Fixture();
        site.Write("input/terms.yml", "terms:\n  - preferred: 主管面谈九步卡\n    avoid: [管理者九步法卡片, 九步法卡片]\n");
        site.Write(ZhBefore, Zh("打印管理者九步法卡片，或者只说九步法卡片。"));

        var found = Wording(site, "GUIDE056").Select(d => (d.Column, d.Message[..d.Message.IndexOf(' ', StringComparison.Ordinal)])).ToList();

        Assert.Equal([(3, "'管理者九步法卡片'"), (16, "'九步法卡片'")], found);
    }

    [Fact]
    public void Without_a_terms_file_no_term_is_avoided()
    {
        using var site = Fixture();
        site.Write(ZhBefore, Zh("先和经理约时间。"));

        Assert.Empty(ContentCheck.Run(site.Options(), strict: true).Diagnostics);
    }

    [Theory]
    [InlineData("terms:\n  - preferred: 上级\n    avoid: [经理\n", 4, "not valid YAML")]
    [InlineData("words:\n  - preferred: 上级\n", 1, "should start with 'terms:'")]
    [InlineData("terms:\n  - avoid: [经理]\n", 2, "no 'preferred:'")]
    [InlineData("terms:\n  - preferred: 上级\n    audience: employee\n", 2, "no 'avoid:' list")]
    [InlineData("terms:\n  - preferred: 上级\n    avoid: [经理]\n    audience: staff\n", 4, "employee | manager")]
    [InlineData("terms:\n  - preferred: 上级\n    avoid: [经理, 上级]\n", 3, "both preferred and avoided")]
    public void A_broken_terms_file_is_an_error_at_its_line(string yaml, int line, string message)
    {
        using var site = Fixture();
        site.Write("input/terms.yml", yaml);

        var problem = Assert.Single(ContentCheck.Run(site.Options(), strict: false).Diagnostics);

        Assert.Equal(("input/terms.yml", line, "GUIDE057", true), (Relative(site, problem.Path), problem.Line, problem.Code, problem.IsError));
        Assert.Contains(message, problem.Message);
    }

    [Fact]
    public void An_unknown_key_in_the_terms_file_suggests_the_known_one()
    {
        using var site = Fixture();
        site.Write("input/terms.yml", "terms:\n  - preferred: 上级\n    avoid: [经理]\n    audeince: employee\n");

        var problem = Assert.Single(ContentCheck.Run(site.Options(), strict: false).Diagnostics);

        Assert.Equal("GUIDE050", problem.Code);
        Assert.Equal(4, problem.Line);
        Assert.Contains("did you mean 'audience'?", problem.Message);
    }

    [Fact]
    public void Wording_problems_are_warnings_and_errors_when_strict()
    {
        using var site = Fixture();
        site.Write(ZhBefore, Zh("先写\"事实\"。"));

        var relaxed = ContentCheck.Run(site.Options(), strict: false);
        var strict = ContentCheck.Run(site.Options(), strict: true);

        Assert.Equal((0, 1), (relaxed.Errors, relaxed.Warnings));
        Assert.Equal((1, 0), (strict.Errors, strict.Warnings));
    }

    [Fact]
    public void The_build_neither_publishes_nor_complains_about_the_terms_file()
    {
        using var site = Fixture();
        site.Write("input/terms.yml", Terms);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.DoesNotContain(result.Files!.All(), f => f.Key.EndsWith("terms.yml", StringComparison.Ordinal));
    }

    private static List<Diagnostic> Wording(FixtureSite site, string code) =>
        [.. ContentCheck.Run(site.Options(), strict: false).Diagnostics
            .Where(d => d.Code == code)
            .Select(d => d with { Path = Relative(site, d.Path) })];

    private static FixtureSite Fixture() => new(FixtureSite.Small());

    private static FixtureSite WithWorksheet()
    {
        var site = Fixture();
        site.Write("worksheets/w2-three-three.yml", File.ReadAllText(Path.Combine(Repo.Worksheets, "w2-three-three.yml")));
        return site;
    }

    private static string Relative(FixtureSite site, string path) =>
        Path.IsPathRooted(path) ? Path.GetRelativePath(site.Root, path).Replace('\\', '/') : path;
}
