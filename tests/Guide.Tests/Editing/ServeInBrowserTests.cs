using Guide.Serving;

namespace Guide.Tests.Editing;

/// <summary>
/// The live-reload script in Chromium, under the pages' own Content-Security-Policy: a broken save draws
/// the problem over the page as text, and the fix reloads the page with the new content.
/// </summary>
public sealed class ServeInBrowserTests(Chromium chromium)
{
    [Fact]
    public async Task A_build_problem_shows_over_the_page_as_text_and_the_fix_reloads_it()
    {
        Requires.Chromium();
        using var site = new FixtureSite(FixtureSite.Small());
        await using var server = await DevServer.StartAsync(new ServeOptions(site.Options(), Port: 0), TextWriter.Null);
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        var blocked = new List<string>();
        page.Console += (_, message) => blocked.Add(message.Text);
        await page.GotoAsync(new Uri(server.Url, "en/before/").ToString());
        await page.WaitForFunctionAsync("() => document.querySelector('link[href=\"/__guide/live-reload.css\"]') !== null");
        await Connected(server);

        var path = Path.Combine(site.Input, "en/before/index.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("Review first.", "Review [the plan](b<i>x</i>.md) first.", StringComparison.Ordinal));
        var overlay = page.Locator(".guide-build-error");
        await overlay.WaitForAsync();

        var text = await overlay.InnerTextAsync();
        Assert.Contains("The build failed", text);
        Assert.Contains("GUIDE005", text);
        Assert.Contains("'b<i>x</i>.md' does not exist", text);
        Assert.Equal(0, await overlay.Locator("i").CountAsync());
        Assert.Contains("Review first.", await page.InnerTextAsync("main"));

        File.WriteAllText(path, File.ReadAllText(path).Replace("Review [the plan](b<i>x</i>.md) first.", "Review the plan first.", StringComparison.Ordinal));
        // The page reloads: between the old document and the new one's <main> there is a moment with none,
        // and a predicate that throws there ends the wait instead of polling again.
        await page.WaitForFunctionAsync("() => document.querySelector('main')?.innerText.includes('Review the plan first.') === true");

        Assert.Contains("Review the plan first.", await page.InnerTextAsync("main"));
        Assert.Equal(0, await page.Locator(".guide-build-error").CountAsync());
        Assert.DoesNotContain(blocked, m => m.Contains("Content Security Policy", StringComparison.Ordinal));
    }

    /// <summary>Waits until the page's event stream is open, so a save from now on reaches it.</summary>
    private static async Task Connected(DevServer server)
    {
        for (var tries = 0; server.OpenPages == 0 && tries < 300; tries++)
        {
            await Task.Delay(100);
        }
        Assert.Equal(1, server.OpenPages);
    }
}
