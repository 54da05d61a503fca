
namespace Guide.Tests.Building;

public class WorksheetPagesTests
{
    private static Dictionary<string, string> WithWorksheet()
    {
        var files = FixtureSite.Small();
        files["worksheets/w2-three-three.yml"] = File.ReadAllText(Path.Combine(Repo.Worksheets, "w2-three-three.yml"));
        files["input/zh-CN/before/index.md"] += "\n先填[三三自评表](worksheet:W2)。\n";
        return files;
    }

    [Fact]
    public void A_worksheet_link_in_content_lands_on_the_worksheet_page()
    {
        using var site = new FixtureSite(WithWorksheet());

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var before = Html(result, "zh-CN/before/index.html");
        Assert.Contains("href=\"../worksheets/w2-three-three/\"", before);
        var page = Html(result, "zh-CN/worksheets/w2-three-three/index.html");
        Assert.Contains("<h1>W2 三三自评表</h1>", page);
        Assert.Contains("data-worksheet-storage", page);
        Assert.Contains("href=\"../../../en/worksheets/w2-three-three/\" hreflang=\"en\"", page);
        Assert.Contains("w2-three-three/", Html(result, "en/worksheets/index.html"));
    }

    [Fact]
    public void A_preview_without_pdfs_links_to_no_pdf()
    {
        using var site = new FixtureSite(WithWorksheet());

        var result = site.Build();

        Assert.DoesNotContain(".pdf", Html(result, "zh-CN/worksheets/w2-three-three/index.html"));
        Assert.DoesNotContain(result.Files!.All(), f => f.Key.EndsWith(".pdf", StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_to_an_unknown_worksheet_lists_the_known_ones()
    {
        var files = WithWorksheet();
        files["input/en/before/index.md"] += "\nFill in [the card](worksheet:W12).\n";
        using var site = new FixtureSite(files);

        var error = Assert.Single(site.Build().Diagnostics, d => d.IsError);

        Assert.Equal("GUIDE010", error.Code);
        Assert.Contains("the worksheets are W2", error.Message);
    }

    [Fact]
    public void The_full_build_writes_every_worksheet_pdf_at_a_stable_path()
    {
        using var site = new FixtureSite(new Dictionary<string, string>());
        var options = new Guide.Building.BuildOptions(Repo.Input, site.Output) { WorksheetsDir = Repo.Worksheets };

        var result = new Guide.Building.SiteBuilder(options, Guide.Building.NoProgress.Instance).Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var pdfs = result.Files!.All().Where(f => f.Key.EndsWith(".pdf", StringComparison.Ordinal)).Select(f => f.Key).ToList();
        Assert.Equal(27, pdfs.Count);
        Assert.Contains("zh-CN/worksheets/w2-three-three.pdf", pdfs);
        Assert.Contains("en/worksheets/w5-meeting-record.pdf", pdfs);
        Assert.Contains("zh-CN/worksheets/w5-meeting-record.bilingual.pdf", pdfs);
        Assert.All(result.Files.All().Where(f => f.Key.EndsWith(".pdf", StringComparison.Ordinal)), f => Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(f.Value, 0, 5)));
    }

    [Fact]
    public void A_label_the_print_font_cannot_draw_stops_that_worksheet_at_its_line()
    {
        var files = WithWorksheet();
        files["worksheets/w2-three-three.yml"] = files["worksheets/w2-three-three.yml"]
            .Replace("title: {zh-CN: 三三自评表,", "title: {zh-CN: 三三自评表 🙂,", StringComparison.Ordinal);
        using var site = new FixtureSite(files);

        var result = site.Build(site.Options() with { Worksheets = true });

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("GUIDE047", error.Code);
        Assert.Contains("worksheets/w2-three-three.yml:40:", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("'🙂' (U+1F642)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Files?.All() ?? [], f => f.Key.EndsWith(".pdf", StringComparison.Ordinal));
    }

    private static string Html(Guide.Building.BuildResult result, string path) =>
        System.Text.Encoding.UTF8.GetString(result.Files!.All().Single(f => f.Key == path).Value);
}
