
namespace Guide.Tests.Hosting;

/// <summary>
/// The crawls prove something only if they catch what they look for: a small site with one of each
/// mistake must be reported, mistake by mistake, and its good links must not be.
/// </summary>
public sealed class CrawlerTests : IDisposable
{
    private readonly string _site = Path.Combine(Path.GetTempPath(), "guide-crawl-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly Chromium chromium;

    public CrawlerTests(Chromium chromium)
    {
        this.chromium = chromium;
        Directory.CreateDirectory(_site);
        File.WriteAllText(Path.Combine(_site, "index.html"), """
            <!DOCTYPE html><html><head><link rel="stylesheet" href="style.css"></head><body>
            <a href="missing/index.html">missing page</a>
            <img src="/logo.png" alt="">
            <a href="#nowhere">missing anchor</a>
            <a href="page.html#here">good link</a>
            <a href="https://example.org/edit">a link out is fine</a>
            <script src="https://cdn.example.org/lib.js"></script>
            </body></html>
            """);
        File.WriteAllText(Path.Combine(_site, "page.html"), "<!DOCTYPE html><html><body><p id=\"here\">here</p></body></html>");
        File.WriteAllText(Path.Combine(_site, "style.css"), "body { background: url(\"paper.png\"); }");
        File.WriteAllBytes(Path.Combine(_site, "logo.png"), [0x89, 0x50, 0x4E, 0x47]);
    }

    [Fact]
    public async Task The_served_crawl_reports_each_kind_of_broken_reference()
    {
        await using var server = await StaticServer.StartAsync(_site, "/hr/review-guide/");
        using var http = new HttpClient();
        var crawler = new HttpCrawler(http, server.Root);

        await crawler.RunAsync("");

        var report = string.Join('\n', crawler.Broken);
        Assert.Contains("missing/index.html answered 404", report);
        Assert.Contains("paper.png answered 404", report);
        Assert.Contains("<img src=\"/logo.png\">: starts at the server root", report);
        Assert.Contains("no element with id 'nowhere'", report);
        Assert.Contains("<script src=\"https://cdn.example.org/lib.js\">: loads from outside the site", report);
        Assert.Equal(5, crawler.Broken.Count);
    }

    [Fact]
    public async Task The_disk_crawl_reports_each_kind_of_broken_reference_and_stops_outside_requests()
    {
        Requires.Chromium();
        await using var context = await chromium.NewContextAsync();
        var crawler = BrowserCrawler.Create(context, new Uri(_site + "/"), u => u.IsFile && File.Exists(u.LocalPath));

        await crawler.RunAsync();

        var report = string.Join('\n', crawler.Broken);
        Assert.Contains("missing/index.html does not exist", report);
        Assert.Contains("paper.png", report);
        Assert.Contains("<img src=\"/logo.png\">: leads to", report);
        Assert.Contains("no element with id 'nowhere'", report);
        Assert.Contains("<script src=\"https://cdn.example.org/lib.js\">: loads from outside the site", report);
        Assert.DoesNotContain("page.html#here", report);
        Assert.Contains(crawler.Outside, o => o.Contains("https://cdn.example.org/lib.js", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_served_browser_crawl_reports_missing_pages_and_stops_outside_requests()
    {
        Requires.Chromium();
        await using var server = await StaticServer.StartAsync(_site, "/hr/review-guide/");
        await using var context = await chromium.NewContextAsync();
        var crawler = BrowserCrawler.Create(context, server.Root, _ => true);

        await crawler.RunAsync("");

        var report = string.Join('\n', crawler.Broken);
        Assert.Contains("missing/index.html answered 404", report);
        Assert.Contains("paper.png answered 404", report);
        Assert.Contains("no element with id 'nowhere'", report);
        Assert.Contains(crawler.Outside, o => o.Contains("https://cdn.example.org/lib.js", StringComparison.Ordinal));
        Assert.True(!report.Contains("page.html", StringComparison.Ordinal), report);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_site, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
