using System.Net;
using Guide.Serving;

namespace Guide.Tests.Editing;

/// <summary>A guide that does not build when the server starts: the problems are shown, and the site appears once fixed.</summary>
public class ServeBrokenStartTests
{
    [Fact]
    public async Task Until_the_first_good_build_every_address_shows_the_problems_then_the_fix_reloads()
    {
        using var site = new FixtureSite(FixtureSite.Small());
        site.Write("input/en/index.md", "---\ntitle: Home\n---\n\nRead [the plan](plan.md).\n");
        await using var server = await DevServer.StartAsync(new ServeOptions(site.Options(), Port: 0), TextWriter.Null);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };

        var waiting = await http.GetAsync(new Uri(server.Url, "en/"));
        await using var events = await EventStream.OpenAsync(http, new Uri(server.Url, "__guide/events"));
        Assert.Equal(0, (await events.NextAsync()).Data.GetProperty("version").GetInt32());
        Assert.Equal("failed", (await events.NextAsync()).Name);
        site.Write("input/en/index.md", "---\ntitle: Home\n---\n\nRead the plan.\n");
        var reload = await events.NextAsync();
        var page = await http.GetStringAsync(new Uri(server.Url, "en/"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, waiting.StatusCode);
        var shown = await waiting.Content.ReadAsStringAsync();
        Assert.Contains("error GUIDE005: the page &#39;plan.md&#39; does not exist", shown);
        Assert.Contains("/__guide/live-reload.js", shown);
        Assert.Equal("reload", reload.Name);
        Assert.Contains("Read the plan.", page);
    }
}
