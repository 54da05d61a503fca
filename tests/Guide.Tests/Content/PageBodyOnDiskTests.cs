using Guide.Content;

namespace Guide.Tests.Content;

/// <summary>A one-off build drops each page's Markdown after load and reads it again from the file to render it.</summary>
public sealed class PageBodyOnDiskTests : IDisposable
{
    private readonly string _input = Directory.CreateTempSubdirectory("guide-body-").FullName;

    public PageBodyOnDiskTests()
    {
        File.WriteAllText(Path.Combine(_input, "site.yml"),
            "title: { zh-CN: 指南, en: Guide }\nlanguages:\n  - { code: zh-CN, label: 简体中文 }\n  - { code: en, label: English }\n");
        Directory.CreateDirectory(Path.Combine(_input, "en"));
        Directory.CreateDirectory(Path.Combine(_input, "zh-CN"));
        // A byte-order mark and Windows line ends: the body read again must come out as the loader gave it.
        File.WriteAllText(Path.Combine(_input, "en", "index.md"), "\uFEFF---\r\ntitle: Home\r\ntags: [a]\r\n---\r\n\r\n## Listening\r\n\r\nSay it back.\r\n");
    }

    [Fact]
    public void A_page_without_its_body_reads_the_same_body_from_its_file()
    {
        var page = LoadHome();

        var dropped = page.WithoutBody();

        Assert.Equal("\n## Listening\n\nSay it back.\n", page.Body);
        Assert.Equal(page.Body, dropped.Body);
        Assert.Equal(page.Body, dropped.FallbackIn("zh-CN").Body);
    }

    [Fact]
    public void A_page_whose_file_changed_after_load_stops_the_build_instead_of_rendering_another_body()
    {
        var dropped = LoadHome().WithoutBody();

        File.WriteAllText(Path.Combine(_input, "en", "index.md"), "---\ntitle: Home\n---\n\n## Listening\n\nSay it back, slowly.\n");

        var error = Assert.Throws<IOException>(() => dropped.Body);
        Assert.Contains("changed", error.Message);
    }

    public void Dispose() => Directory.Delete(_input, recursive: true);

    private Page LoadHome()
    {
        var bag = new DiagnosticBag();
        var config = SiteConfigLoader.Load(_input, bag)!;
        var page = Assert.Single(ContentLoader.Load(_input, config, bag));
        Assert.Empty(bag.Sorted());
        return page;
    }
}
