using Microsoft.Playwright;

namespace Guide.Tests.Support;

/// <summary>
/// A page opened in a fresh context that fails any request outside the site and records console errors
/// (a CSP violation is one) and script errors, so a test can assert that nothing went wrong on the way.
/// </summary>
public static class GuardedPage
{
    public static async Task<(IPage Page, List<string> Problems)> OpenAsync(this Browser browser, string url, string siteRoot, BrowserNewContextOptions? options = null)
    {
        var context = await browser.NewContextAsync(options);
        var problems = new List<string>();
        await context.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith(siteRoot, StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                problems.Add("outside request: " + route.Request.Url);
                await route.AbortAsync();
            }
        });
        var page = await context.NewPageAsync();
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                problems.Add("console: " + m.Text);
            }
        };
        page.PageError += (_, e) => problems.Add("script: " + e);
        await page.GotoAsync(url);
        return (page, problems);
    }
}
