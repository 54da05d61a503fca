using System.Text.Json;
using Guide.Tests.Theme;
using Microsoft.Playwright;

namespace Guide.Tests.Preparation;

/// <summary>
/// One reader on one device: a browser context on the real guide, served from 127.0.0.1 or opened from
/// disk, in which every request outside the site fails the test and every script or CSP error is kept.
/// Pages are visited in the same context, so what the reader enters on one page is there on the next.
/// </summary>
public sealed class ReaderSession : IAsyncDisposable
{
    private readonly string _root;
    private readonly bool _fromDisk;

    private ReaderSession(IPage page, List<string> problems, string root, bool fromDisk)
    {
        Page = page;
        Problems = problems;
        _root = root;
        _fromDisk = fromDisk;
    }

    public IPage Page { get; }

    /// <summary>Outside requests, console errors (CSP violations among them) and script errors so far.</summary>
    public List<string> Problems { get; }

    /// <summary>Opens <paramref name="path"/> (e.g. <c>zh-CN/my-card/</c>) in a fresh context, served or from disk.</summary>
    public static async Task<ReaderSession> OpenAsync(ThemeSite site, Chromium chromium, string path, bool fromDisk = false, BrowserNewContextOptions? options = null)
    {
        var root = fromDisk ? new Uri(site.Guide.Served + "/").AbsoluteUri : site.Root.AbsoluteUri;
        var (page, problems) = await chromium.OpenAsync(Address(root, path, fromDisk), root, new(options ?? ThemeSite.Desktop) { AcceptDownloads = true });
        return new ReaderSession(page, problems, root, fromDisk);
    }

    public Task GotoAsync(string path) => Page.GotoAsync(Address(_root, path, _fromDisk));

    /// <summary>Every answer the guide keeps in this browser: localStorage keys below <c>review-guide:</c>, with their values.</summary>
    public async Task<Dictionary<string, string>> StoredAsync() =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(await Page.EvaluateAsync<string>(
            "JSON.stringify(Object.fromEntries(Object.keys(localStorage).filter(k => k.startsWith('review-guide:')).sort().map(k => [k, localStorage.getItem(k)])))"))!;

    /// <summary>Types into a worksheet's form on its page and waits until it is saved.</summary>
    public async Task FillWorksheetAsync(string page, IReadOnlyDictionary<string, string> answers, params string[] ticks)
    {
        await GotoAsync(page);
        foreach (var (id, value) in answers)
        {
            await Page.Locator("#" + id).FillAsync(value);
        }
        foreach (var id in ticks)
        {
            await Page.Locator("#" + id).CheckAsync();
        }
        await Assertions.Expect(Page.Locator(".worksheet-form [data-worksheet-status]")).Not.ToBeEmptyAsync();
        // The form saves a quarter second after the last change; leaving the page saves at once.
        await Page.EvaluateAsync("window.dispatchEvent(new Event('pagehide'))");
    }

    /// <summary>Stars the phrase bank's first <paramref name="count"/> sentences, by keyboard, and returns their words.</summary>
    public async Task<List<string>> StarAsync(string lang, int count)
    {
        await GotoAsync($"{lang}/phrases/");
        var words = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var phrase = Page.Locator(".phrase").Nth(i);
            await phrase.Locator("[data-phrase-star]").FocusAsync();
            await Page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(phrase.Locator("[data-phrase-star]")).ToHaveAttributeAsync("aria-pressed", "true");
            words.Add((await phrase.Locator(".phrase-text").TextContentAsync())!);
        }
        return words;
    }

    /// <summary>Where prints, screenshots and filled PDFs go: GUIDE_SHOTS when set (to look at them), else the build's temp folder.</summary>
    public static string Shots(ThemeSite site) =>
        Directory.CreateDirectory(Environment.GetEnvironmentVariable("GUIDE_SHOTS") is { Length: > 0 } dir ? dir : Path.Combine(site.Scratch, "shots")).FullName;

    private static string Address(string root, string path, bool fromDisk) =>
        root + (fromDisk && (path.EndsWith('/') || path.Length == 0) ? path + "index.html" : path);

    public async ValueTask DisposeAsync() => await Page.Context.CloseAsync();
}
