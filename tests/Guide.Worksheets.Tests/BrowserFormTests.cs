using Microsoft.Playwright;

namespace Guide.Worksheets.Tests;

/// <summary>
/// The HTML form as a reader uses it in Chromium, from file:// under <c>default-src 'self'</c>:
/// type, reload, the text is still there; clear empties it; no request ever leaves the page.
/// </summary>
public sealed class BrowserFormTests(Chromium chromium) : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("worksheet-page-").FullName;
    private readonly List<string> _problems = [];
    private readonly List<string> _requests = [];
    private IBrowserContext? _context;
    private IPage _page = null!;

    public async ValueTask InitializeAsync()
    {
        if (!Requires.HasChromium && !Requires.Strict)
        {
            return; // each test skips, saying why
        }

        WritePage();
        _context = await chromium.NewContextAsync();
        _page = await _context.NewPageAsync();
        // A CSP violation or a script error shows on the console; either fails the test.
        _page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                _problems.Add(m.Text);
            }
        };
        _page.PageError += (_, e) => _problems.Add(e);
        _page.Request += (_, r) =>
        {
            if (!r.Url.StartsWith("file://", StringComparison.Ordinal))
            {
                _requests.Add(r.Url);
            }
        };
    }

    public async ValueTask DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Typed_text_survives_a_reload_and_clear_removes_it()
    {
        Requires.Chromium();
        var url = new Uri(Path.Combine(_folder, "w5.html")).AbsoluteUri;
        await _page.GotoAsync(url);

        await _page.FillAsync("#ws-w5-employee", "王小明");
        await _page.FillAsync("#ws-w5-goals_r1_notes", "提前 5 天上线\n客户满意");
        await _page.CheckAsync("#ws-w5-type_improvement");
        await Assertions.Expect(_page.Locator("[data-worksheet-status]")).ToHaveTextAsync("已保存在本浏览器");

        await _page.ReloadAsync();
        await Assertions.Expect(_page.Locator("#ws-w5-employee")).ToHaveValueAsync("王小明");
        await Assertions.Expect(_page.Locator("#ws-w5-goals_r1_notes")).ToHaveValueAsync("提前 5 天上线\n客户满意");
        await Assertions.Expect(_page.Locator("#ws-w5-type_improvement")).ToBeCheckedAsync();

        await _page.ClickAsync("[data-worksheet-clear]");
        await Assertions.Expect(_page.Locator("#ws-w5-employee")).ToHaveValueAsync("");
        await Assertions.Expect(_page.Locator("#ws-w5-type_improvement")).Not.ToBeCheckedAsync();
        Assert.Null(await _page.EvaluateAsync<string?>("localStorage.getItem('review-guide:worksheet:W5:zh-CN')"));

        await _page.ReloadAsync();
        await Assertions.Expect(_page.Locator("#ws-w5-employee")).ToHaveValueAsync("");
        await _page.Keyboard.PressAsync("Enter");
        Assert.Equal(url, _page.Url);
        Assert.Empty(_requests);
        Assert.Empty(_problems);
    }

    [Fact]
    public async Task The_chosen_radio_button_survives_a_reload_and_clear_removes_it()
    {
        Requires.Chromium();
        await _page.GotoAsync(new Uri(Path.Combine(_folder, "w9.html")).AbsoluteUri);

        await _page.CheckAsync("#ws-w9-profile_high-low");
        await _page.CheckAsync("#ws-w9-profile_low-high");
        await Assertions.Expect(_page.Locator("[data-worksheet-status]")).ToHaveTextAsync("已保存在本浏览器");

        await _page.ReloadAsync();
        await Assertions.Expect(_page.Locator("#ws-w9-profile_low-high")).ToBeCheckedAsync();
        await Assertions.Expect(_page.Locator("#ws-w9-profile_high-low")).Not.ToBeCheckedAsync();
        Assert.Equal("{\"profile\":\"low-high\"}", await _page.EvaluateAsync<string?>("localStorage.getItem('review-guide:worksheet:W9:zh-CN')"));

        await _page.ClickAsync("[data-worksheet-clear]");
        await Assertions.Expect(_page.Locator("#ws-w9-profile_low-high")).Not.ToBeCheckedAsync();
        Assert.Null(await _page.EvaluateAsync<string?>("localStorage.getItem('review-guide:worksheet:W9:zh-CN')"));
        Assert.Empty(_requests);
        Assert.Empty(_problems);
    }

    /// <summary>Bare pages around the component, with the shipped CSS and JS and the site's CSP.</summary>
    private void WritePage()
    {
        var client = Path.Combine(AppContext.BaseDirectory, "client");
        File.Copy(Path.Combine(client, "worksheet-form.js"), Path.Combine(_folder, "worksheet-form.js"));
        File.Copy(Path.Combine(client, "worksheet.css"), Path.Combine(_folder, "worksheet.css"));
        foreach (var id in (string[])["W5", "W9"])
        {
            var body = WorksheetPageTests.Render(id, "zh-CN");
            File.WriteAllText(Path.Combine(_folder, id.ToLowerInvariant() + ".html"), $"""
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8">
                <meta http-equiv="Content-Security-Policy" content="default-src 'self'">
                <link rel="stylesheet" href="worksheet.css"><title>{id}</title></head>
                <body><main><article class="content">{body}</article></main>
                <script src="worksheet-form.js" defer></script></body></html>
                """);
        }
    }
}
