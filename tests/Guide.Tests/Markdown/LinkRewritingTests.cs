
namespace Guide.Tests.Markdown;

public class LinkRewritingTests
{
    [Fact]
    public void A_source_path_link_with_a_chinese_anchor_becomes_a_relative_url()
    {
        using var site = new FixtureSite(FixtureSite.Small());

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var home = Html(result, "zh-CN/index.html");
        Assert.Contains("href=\"before/#面谈前充分准备\"", home);
        var before = Html(result, "zh-CN/before/index.html");
        Assert.Contains("id=\"面谈前充分准备\"", before);
        Assert.Contains("href=\"../\"", before);
    }

    [Fact]
    public void Portable_links_end_in_index_html()
    {
        using var site = new FixtureSite(FixtureSite.Small());

        var result = site.Build(site.Options() with { Portable = true });

        Assert.Contains("href=\"before/index.html#面谈前充分准备\"", Html(result, "zh-CN/index.html"));
    }

    [Fact]
    public void A_link_to_a_missing_page_is_an_error_at_its_line_and_column()
    {
        var files = FixtureSite.Small();
        files["input/en/before/extra.md"] = "---\ntitle: Extra\n---\n\nSee [this](../nowhere.md).\n";
        using var site = new FixtureSite(files);

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("GUIDE005", 5, 5), (error.Code, error.Line, error.Column));
        Assert.EndsWith("input/en/before/extra.md", error.Path);
    }

    [Fact]
    public void A_link_to_a_missing_heading_is_an_error_with_a_suggestion()
    {
        var files = FixtureSite.Small();
        files["input/zh-CN/index.md"] = "---\ntitle: 首页\n---\n\n[准备](before/index.md#面谈前充分准被)\n";
        using var site = new FixtureSite(files);

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("GUIDE006", 5), (error.Code, error.Line));
        Assert.Contains("did you mean '#面谈前充分准备'", error.Message);
    }

    [Fact]
    public void An_image_without_alt_text_is_an_error()
    {
        var files = FixtureSite.Small();
        files["input/assets/a.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
        files["input/en/before/extra.md"] = "---\ntitle: Extra\n---\n\n![](../../assets/a.svg)\n";
        using var site = new FixtureSite(files);

        var result = site.Build();

        Assert.Equal("GUIDE008", Assert.Single(result.Diagnostics, d => d.IsError).Code);
    }

    [Fact]
    public void Images_are_linked_relative_to_the_published_page()
    {
        var files = FixtureSite.Small();
        files["input/assets/a.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
        files["input/en/before/extra.md"] = "---\ntitle: Extra\n---\n\n![A loop of three steps](../../assets/a.svg)\n";
        using var site = new FixtureSite(files);

        var result = site.Build();

        Assert.Contains("src=\"../../../assets/a.svg\"", Html(result, "en/before/extra/index.html"));
        Assert.Contains(result.Files!.All(), f => f.Key == "assets/a.svg");
    }

    private static string Html(Guide.Building.BuildResult result, string path) =>
        System.Text.Encoding.UTF8.GetString(result.Files!.All().Single(f => f.Key == path).Value);
}
