using Microsoft.Playwright;

namespace Guide.Tests.Hosting;

/// <summary>
/// The portable build as a team gets it: the zip unpacked and opened from disk in Chromium. Every page
/// is visited; links, assets, search, the language switch and the worksheet downloads must all work
/// from file://, and nothing may be fetched from outside the folder.
/// </summary>
public sealed class DiskCrawlTests(Chromium chromium)
{
    private readonly RealGuide guide = RealGuide.Get();

    private Uri Root => new(Path.GetFullPath(guide.PortableUnzipped).TrimEnd('/') + "/");

    [Fact]
    public async Task Every_page_opened_from_disk_has_only_working_links_and_no_outside_requests()
    {
        Requires.Chromium();
        await using var context = await chromium.NewContextAsync();
        var crawler = BrowserCrawler.Create(context, Root, IsFile);

        await crawler.RunAsync();

        Assert.True(crawler.Broken.Count == 0, $"{crawler.Broken.Count} broken:\n" + string.Join("\n", crawler.Broken.Distinct().Take(400)));
        Assert.Empty(crawler.Outside);
        // 404.html is the one page no link leads to: the server shows it for a missing address.
        var unvisited = Directory.EnumerateFiles(guide.PortableUnzipped, "*.html", SearchOption.AllDirectories)
            .Select(Path.GetFullPath)
            .Except(crawler.Pages.Select(p => p.LocalPath))
            .Select(p => Path.GetRelativePath(guide.PortableUnzipped, p).Replace('\\', '/'))
            .ToList();
        Assert.Equal(["404.html"], unvisited);
    }

    [Fact]
    public async Task Search_from_disk_finds_a_section_and_opens_it()
    {
        Requires.Chromium();
        await using var context = await chromium.NewContextAsync();
        var crawler = BrowserCrawler.Create(context, Root, IsFile);
        var (page, problems) = await OpenAsync(context, "zh-CN/index.html");

        await page.FillAsync("#search-input", "复述");
        var first = page.Locator(".search-result").First;
        await Assertions.Expect(first).ToBeVisibleAsync();
        var href = await first.EvaluateAsync<string>("a => a.href");
        await Chromium.FollowAsync(page, () => first.ClickAsync(), href);
        Assert.True(IsFile(new Uri(new Uri(href).GetLeftPart(UriPartial.Path))), href);
        Assert.Equal("zh-CN", await page.GetAttributeAsync("html", "lang"));
        Assert.Empty(problems);
        Assert.Empty(crawler.Outside);
    }

    [Fact]
    public async Task The_language_switch_from_disk_opens_the_same_page_in_english()
    {
        Requires.Chromium();
        await using var context = await chromium.NewContextAsync();
        var crawler = BrowserCrawler.Create(context, Root, IsFile);
        var (page, problems) = await OpenAsync(context, "zh-CN/during/listening/index.html");

        await Chromium.FollowAsync(page, () => page.ClickAsync(".language-switch a[hreflang=en]"), new Uri(Root, "en/during/listening/index.html").AbsoluteUri);
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Empty(problems);
        Assert.Empty(crawler.Outside);
    }

    /// <summary>A page of the unzipped site, with the script errors and failed loads it reports from then on.</summary>
    private async Task<(IPage Page, List<string> Problems)> OpenAsync(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.PageError += (_, e) => problems.Add(e);
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                problems.Add(m.Text);
            }
        };
        page.RequestFailed += (_, r) => problems.Add($"{r.Url} ({r.Failure})");
        await page.GotoAsync(new Uri(Root, path).AbsoluteUri);
        return (page, problems);
    }

    /// <summary>From disk a link must name a file: a folder opens as a directory listing, not a page.</summary>
    private static bool IsFile(Uri url) => url.IsFile && File.Exists(url.LocalPath);
}
