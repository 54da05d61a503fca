
namespace Guide.Tests.Hosting;

/// <summary>
/// The real guide as an intranet serves it: below <c>/hr/review-guide/</c>, nothing else on the server.
/// Every link and asset reachable from the root must answer, so the folder works under any base path.
/// </summary>
public sealed class ServedCrawlTests
{
    private readonly RealGuide guide = RealGuide.Get();

    public const string PathBase = "/hr/review-guide/";

    [Fact]
    public async Task Every_link_and_asset_resolves_under_a_sub_path()
    {
        await using var server = await StaticServer.StartAsync(guide.Served, PathBase);
        using var http = new HttpClient();
        var crawler = new HttpCrawler(http, server.Root);

        // 404.html is served for any missing address, so its links must work from the root too.
        await crawler.RunAsync("", "404.html");

        Assert.True(crawler.Broken.Count == 0, $"{crawler.Broken.Count} broken:\n" + string.Join("\n", crawler.Broken.Distinct().Take(400)));
        Assert.Contains(crawler.Visited, u => u.AbsolutePath.EndsWith(".css", StringComparison.Ordinal));
        Assert.Contains(crawler.Visited, u => u.AbsolutePath.EndsWith(".svg", StringComparison.Ordinal));
        Assert.Contains(crawler.Visited, u => u.AbsolutePath.Contains("/assets/search/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_page_is_reachable_from_the_root()
    {
        await using var server = await StaticServer.StartAsync(guide.Served, PathBase);
        using var http = new HttpClient();
        var crawler = new HttpCrawler(http, server.Root);

        await crawler.RunAsync("");

        var reached = crawler.Visited.Select(u => u.AbsolutePath[PathBase.Length..]).Select(p => p.Length == 0 || p.EndsWith('/') ? p + "index.html" : p).ToHashSet();
        var pages = Directory.EnumerateFiles(guide.Served, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(guide.Served, f).Replace('\\', '/'))
            .Where(p => p != "404.html")
            .Order(StringComparer.Ordinal);
        var unreached = pages.Where(p => !reached.Contains(p)).ToList();
        Assert.True(unreached.Count == 0, "no link leads to: " + string.Join(", ", unreached));
    }

    [Fact]
    public async Task The_site_does_not_answer_outside_its_base()
    {
        // The crawl above is only a proof if an address that escapes the base really fails here.
        await using var server = await StaticServer.StartAsync(guide.Served, PathBase);
        using var http = new HttpClient();

        var inside = await http.GetAsync(new Uri(server.Root, "en/"));
        var outside = await http.GetAsync(new Uri(server.Root, "/en/"));

        Assert.Equal(200, (int)inside.StatusCode);
        Assert.Equal(404, (int)outside.StatusCode);
    }
}
