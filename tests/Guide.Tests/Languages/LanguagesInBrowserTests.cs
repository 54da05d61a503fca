using Guide.Output;
using Microsoft.Playwright;

namespace Guide.Tests.Languages;

/// <summary>
/// The three-language guide and its page shown in place of a missing translation, in Chromium from a
/// server: the switch goes between all three languages, each searches its own pages, and a reader who
/// follows a link to the untranslated page reads the notice and gets to the original.
/// </summary>
public sealed class LanguagesInBrowserTests(Chromium chromium)
{
    [Fact]
    public async Task A_reader_switches_between_three_languages_searches_in_each_and_reaches_an_untranslated_page()
    {
        Requires.Chromium();
        using var site = ThreeLanguageSite.Create();
        var built = site.Build();
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        AtomicWriter.Write(site.Output, built.Files!);
        await using var server = await StaticServer.StartAsync(site.Output);

        var (page, problems) = await chromium.OpenAsync(new Uri(server.Root, "ja/during/listening/").AbsoluteUri, server.Root.AbsoluteUri);
        await page.Locator("#search-input").FillAsync("言い直し");
        await Assertions.Expect(page.Locator(".search-result").First).ToContainTextAsync("傾聴");
        await Chromium.FollowAsync(page, () => page.ClickAsync(".language-switch a[hreflang=en]"), new Uri(server.Root, "en/during/listening/").AbsoluteUri);
        await page.Locator("#search-input").FillAsync("restate");
        await Assertions.Expect(page.Locator(".search-result").First).ToContainTextAsync("Active listening");
        await Chromium.FollowAsync(page, () => page.ClickAsync(".language-switch a[hreflang=zh-CN]"), new Uri(server.Root, "zh-CN/during/listening/").AbsoluteUri);
        Assert.Equal("zh-CN", await page.GetAttributeAsync("html", "lang"));

        await page.GotoAsync(new Uri(server.Root, "en/during/").AbsoluteUri);
        await Chromium.FollowAsync(page, () => page.ClickAsync("article a[href^='notes']"), new Uri(server.Root, "en/during/notes/").AbsoluteUri);
        var notice = page.Locator(".fallback-notice");
        await Assertions.Expect(notice).ToBeVisibleAsync();
        await Assertions.Expect(notice).ToContainTextAsync("not been translated into English yet");
        await Chromium.FollowAsync(page, () => notice.Locator("a").ClickAsync(), new Uri(server.Root, "zh-CN/during/notes/").AbsoluteUri);
        Assert.Equal("记笔记", await page.Locator("h1").TextContentAsync());
        Assert.Equal(0, await page.Locator(".fallback-notice").CountAsync());

        Assert.True(problems.Count == 0, string.Join("; ", problems));
    }
}
