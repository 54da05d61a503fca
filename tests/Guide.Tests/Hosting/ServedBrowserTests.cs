using System.Text.RegularExpressions;

namespace Guide.Tests.Hosting;

/// <summary>
/// The real guide served under <c>/hr/review-guide/</c> with the security headers docs/hosting.md tells
/// HR to set, opened page by page in Chromium: nothing is blocked by them and no request leaves the site.
/// </summary>
public sealed partial class ServedBrowserTests(Chromium chromium)
{
    private readonly RealGuide guide = RealGuide.Get();

    [Fact]
    public async Task Every_page_works_under_the_documented_headers_without_an_outside_request()
    {
        Requires.Chromium();
        var headers = DocumentedHeaders();
        Assert.Contains("Content-Security-Policy", headers.Keys);
        Assert.Contains("X-Content-Type-Options", headers.Keys);
        await using var server = await StaticServer.StartAsync(guide.Served, ServedCrawlTests.PathBase, headers);
        await using var context = await chromium.NewContextAsync();
        var crawler = BrowserCrawler.Create(context, server.Root, _ => true);

        await crawler.RunAsync("");

        Assert.True(crawler.Broken.Count == 0, $"{crawler.Broken.Count} broken:\n" + string.Join("\n", crawler.Broken.Distinct().Take(400)));
        Assert.Empty(crawler.Outside);
        Assert.True(crawler.Pages.Count > 60, $"visited only {crawler.Pages.Count} pages");
    }

    /// <summary>The constant <c>add_header</c> lines of the nginx sample, so the test and the guide for HR cannot drift apart.</summary>
    private static Dictionary<string, string> DocumentedHeaders()
    {
        var doc = File.ReadAllText(Path.Combine(Repo.Root, "docs", "hosting.md"));
        var nginx = NginxBlock().Match(doc).Groups["config"].Value;
        return AddHeader().Matches(nginx).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value);
    }

    [GeneratedRegex("```nginx\\n(?<config>.*?)```", RegexOptions.Singleline)]
    private static partial Regex NginxBlock();

    [GeneratedRegex("add_header (?<name>[A-Za-z-]+) \"(?<value>[^\"$]+)\" always;")]
    private static partial Regex AddHeader();
}
