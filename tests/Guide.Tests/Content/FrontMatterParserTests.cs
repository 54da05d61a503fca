using Guide.Content;

namespace Guide.Tests.Content;

public class FrontMatterParserTests
{
    [Fact]
    public void Reads_every_field_and_where_the_body_starts()
    {
        var text = "---\ntitle: 面谈前\nsummary: 先准备。\norder: 20\naudience: manager\ntags: [KPI, 复盘]\ntopics: [E2]\n---\n\n正文\n";

        var result = FrontMatterParser.Parse("p.md", text);

        Assert.Empty(result.Diagnostics);
        var meta = result.Meta!;
        Assert.Equal(("面谈前", "先准备。", 20, Audience.Manager), (meta.Title, meta.Summary, meta.Order, meta.Audience));
        Assert.Equal(["KPI", "复盘"], meta.Tags);
        Assert.Equal(["E2"], meta.Topics);
        Assert.Equal(9, result.BodyLine);
        Assert.Equal("\n正文\n", result.Body);
    }

    [Fact]
    public void Malformed_yaml_is_reported_at_its_line_in_the_file()
    {
        var text = "---\ntitle: ok\norder: 3\nsummary: a: b\n---\nbody\n";

        var result = FrontMatterParser.Parse("input/zh-CN/a.md", text);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("GUIDE001", error.Code);
        Assert.Equal(4, error.Line);
        Assert.StartsWith("input/zh-CN/a.md:", error.ToString());
        Assert.Null(result.Meta);
    }

    [Fact]
    public void A_missing_title_is_an_error()
    {
        var result = FrontMatterParser.Parse("a.md", "---\nsummary: x\n---\nbody\n");

        Assert.Equal("GUIDE002", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void A_page_without_front_matter_is_an_error_on_line_1()
    {
        var result = FrontMatterParser.Parse("a.md", "# Just markdown\n");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("GUIDE002", 1), (error.Code, error.Line));
    }

    [Fact]
    public void Unknown_keys_are_warnings_with_a_suggestion()
    {
        var result = FrontMatterParser.Parse("a.md", "---\ntitle: t\nsumary: x\n---\n");

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("GUIDE050", 3, false), (warning.Code, warning.Line, warning.IsError));
        Assert.Contains("did you mean 'summary'", warning.Message);
        Assert.NotNull(result.Meta);
    }

    [Fact]
    public void A_wrong_audience_names_the_allowed_values()
    {
        var result = FrontMatterParser.Parse("a.md", "---\ntitle: t\naudience: boss\n---\n");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("GUIDE001", 3), (error.Code, error.Line));
        Assert.Contains("all | employee | manager", error.Message);
    }

    [Fact]
    public void An_unclosed_list_is_an_error_not_a_crash()
    {
        var result = FrontMatterParser.Parse("a.md", "---\ntitle: t\ntags: [a, b\n---\n");

        Assert.Equal("GUIDE001", Assert.Single(result.Diagnostics).Code);
    }
}
