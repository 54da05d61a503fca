using Guide.Output;
using Microsoft.Playwright;

namespace Guide.Tests.Hosting;

/// <summary>The branding as a reader sees it in Chromium: the logo drawn in the header, links and the current path in the brand colour.</summary>
public sealed class BrandingInBrowserTests(Chromium chromium)
{
    [Fact]
    public async Task The_logo_and_colour_show_in_the_light_scheme_and_dark_mode_keeps_its_own_shade()
    {
        Requires.Chromium();
        using var site = BrandedSite.Create();
        var result = site.Build(site.Options() with { Portable = true });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        AtomicWriter.Write(site.Output, result.Files!);
        var url = new Uri(Path.Combine(site.Output, "en", "before", "index.html")).AbsoluteUri;

        await using var light = await chromium.NewContextAsync(new() { ColorScheme = ColorScheme.Light });
        var page = await light.NewPageAsync();
        await page.GotoAsync(url);
        Assert.True(await page.EvalOnSelectorAsync<bool>("header img.brand-logo", "img => img.complete && img.naturalWidth === 32"));
        Assert.Equal("rgb(139, 31, 58)", await page.EvalOnSelectorAsync<string>(".reader-paths a[aria-current]", "a => getComputedStyle(a).backgroundColor"));
        Assert.Equal("rgb(139, 31, 58)", await page.EvalOnSelectorAsync<string>("main .content a", "a => getComputedStyle(a).color"));

        await using var dark = await chromium.NewContextAsync(new() { ColorScheme = ColorScheme.Dark });
        var darkPage = await dark.NewPageAsync();
        await darkPage.GotoAsync(url);
        Assert.NotEqual("rgb(139, 31, 58)", await darkPage.EvalOnSelectorAsync<string>(".reader-paths a[aria-current]", "a => getComputedStyle(a).backgroundColor"));
    }
}
