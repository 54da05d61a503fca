using Microsoft.Playwright;

namespace Guide.Tests.Theme;

/// <summary>
/// The theme as a reader meets it, in Debian's Chromium: served from 127.0.0.1 and opened from disk,
/// with no console errors, no request leaving the site, and working language switch, contents,
/// dark mode, print styles and keyboard navigation.
/// </summary>
public sealed class ThemeBrowserTests(ThemeSite site, Chromium chromium) : IAsyncLifetime
{
    private static readonly string[] Pages = ["index.html", "zh-CN/", "zh-CN/during/listening/", "en/managers/nine-steps/", "en/print/", "404.html"];

    private readonly List<IBrowserContext> _contexts = [];

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    /// <summary>The browser is shared by the theme tests; each test closes the contexts it opened.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task Pages_load_from_the_server_without_errors_or_outside_requests()
    {
        Requires.Chromium();
        foreach (var path in Pages)
        {
            var (page, problems) = await OpenAsync(new Uri(site.Server!.Root, path), site.Server!.Root.AbsoluteUri);
            Assert.True(problems.Count == 0, $"{path}: {string.Join("; ", problems)}");
        }
    }

    [Fact]
    public async Task Pages_load_from_disk_without_errors_or_outside_requests()
    {
        Requires.Chromium();
        var root = new Uri(site.Guide.Portable + "/").AbsoluteUri;
        foreach (var path in Pages)
        {
            var file = path.EndsWith('/') ? path + "index.html" : path;
            var (page, problems) = await OpenAsync(site.File(file), root);
            Assert.True(problems.Count == 0, $"{file}: {string.Join("; ", problems)}");
        }
    }

    [Fact]
    public async Task The_language_switch_lands_on_the_paired_page()
    {
        Requires.Chromium();
        var (page, _) = await OpenAsync(new Uri(site.Server!.Root, "zh-CN/during/listening/"), site.Server!.Root.AbsoluteUri);

        await Chromium.FollowAsync(page, () => page.ClickAsync(".language-switch a[hreflang=en]"), new Uri(site.Server!.Root, "en/during/listening/").AbsoluteUri);
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
    }

    [Fact]
    public async Task Every_table_of_contents_link_has_its_target()
    {
        Requires.Chromium();
        foreach (var path in new[] { "zh-CN/during/listening/", "en/managers/nine-steps/", "zh-CN/faq/employees/" })
        {
            var (page, _) = await OpenAsync(new Uri(site.Server!.Root, path), site.Server!.Root.AbsoluteUri);
            var missing = await page.EvaluateAsync<string[]>(
                "[...document.querySelectorAll('.toc a')].map(a => decodeURIComponent(a.hash.slice(1))).filter(id => !document.getElementById(id))");
            var count = await page.Locator(".toc a").CountAsync();

            Assert.True(count > 2, $"{path} has only {count} contents links");
            Assert.Empty(missing);
        }
    }

    [Fact]
    public async Task The_dark_mode_toggle_works_and_is_remembered()
    {
        Requires.Chromium();
        var (page, _) = await OpenAsync(new Uri(site.Server!.Root, "en/"), site.Server!.Root.AbsoluteUri, ColorScheme.Light);
        var light = await Background(page);
        var name = await page.Locator("#theme-toggle").TextContentAsync();
        Assert.Equal("false", await page.GetAttributeAsync("#theme-toggle", "aria-pressed"));

        await page.ClickAsync("#theme-toggle");
        Assert.Equal("dark", await page.GetAttributeAsync("html", "data-theme"));
        // A toggle keeps its name ("Dark mode") and says by aria-pressed whether it is on.
        Assert.Equal("true", await page.GetAttributeAsync("#theme-toggle", "aria-pressed"));
        Assert.Equal(name, await page.Locator("#theme-toggle").TextContentAsync());
        var dark = await Background(page);
        await page.ReloadAsync();

        Assert.Equal("dark", await page.GetAttributeAsync("html", "data-theme"));
        Assert.Equal(dark, await Background(page));
        Assert.NotEqual(light, dark);
    }

    [Fact]
    public async Task Print_media_hides_the_navigation()
    {
        Requires.Chromium();
        var (page, _) = await OpenAsync(new Uri(site.Server!.Root, "zh-CN/during/listening/"), site.Server!.Root.AbsoluteUri);

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        foreach (var selector in new[] { ".site-header", "#sidebar", ".pager", ".breadcrumbs" })
        {
            Assert.Equal("none", await page.EvalOnSelectorAsync<string>(selector, "e => getComputedStyle(e).display"));
        }
        Assert.NotEqual("none", await page.EvalOnSelectorAsync<string>("article", "e => getComputedStyle(e).display"));
    }

    [Fact]
    public async Task Keyboard_alone_reaches_the_search_box_the_navigation_and_the_content()
    {
        Requires.Chromium();
        var (page, _) = await OpenAsync(new Uri(site.Server!.Root, "en/during/listening/"), site.Server!.Root.AbsoluteUri);

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip-link", await page.EvaluateAsync<string>("document.activeElement.className"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));

        var reached = new HashSet<string>();
        await page.EvaluateAsync("document.activeElement.blur()");
        for (var i = 0; i < 80 && reached.Count < 3; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var where = await page.EvaluateAsync<string>(
                "(() => { const e = document.activeElement; return e.id === 'search-input' ? 'search' : e.closest('#sidebar') ? 'nav' : e.closest('article') ? 'content' : ''; })()");
            if (where.Length > 0)
            {
                reached.Add(where);
            }
        }

        Assert.Equal(["content", "nav", "search"], reached.Order());
    }

    [Fact]
    public async Task Phone_and_desktop_screenshots_are_saved_for_people_to_look_at()
    {
        Requires.Chromium();
        var dir = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(dir);
        foreach (var (name, width, height) in new[] { ("phone", 390, 844), ("desktop", 1280, 900) })
        {
            var context = await chromium.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
            _contexts.Add(context);
            var page = await context.NewPageAsync();
            await page.GotoAsync(new Uri(site.Server!.Root, "zh-CN/during/listening/").AbsoluteUri);
            var file = Path.Combine(dir, $"listening-{name}.png");
            await page.ScreenshotAsync(new() { Path = file, FullPage = false });

            Assert.True(new FileInfo(file).Length > 10_000);
            // Nothing may force a phone reader to scroll sideways; wide tables scroll inside themselves.
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{name}: the page is wider than the screen");
        }
    }

    [Fact]
    public async Task Text_keeps_wcag_aa_contrast_in_light_and_dark_mode()
    {
        Requires.Chromium();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var (page, _) = await OpenAsync(new Uri(site.Server!.Root, "zh-CN/during/listening/"), site.Server!.Root.AbsoluteUri, scheme);
            var failures = await page.EvaluateAsync<string[]>(ContrastScript);
            Assert.True(failures.Length == 0, $"{scheme}: {string.Join("; ", failures)}");
        }
    }

    /// <summary>
    /// WCAG 2.1 contrast of each kind of text against the first opaque background behind it: 4.5:1 for
    /// normal text, 3:1 for large (24px, or 18.66px bold).
    /// </summary>
    private const string ContrastScript = """
        (() => {
          const rgb = s => (s.match(/[\d.]+/g) || []).map(Number);
          const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
            .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
          const background = e => {
            for (; e; e = e.parentElement) {
              const c = rgb(getComputedStyle(e).backgroundColor);
              if (c.length === 3 || c[3] > 0.9) return c.slice(0, 3);
            }
            return rgb(getComputedStyle(document.documentElement).backgroundColor).slice(0, 3);
          };
          const selectors = ["article p", "article li", "article a", ".lead", ".breadcrumbs a", ".breadcrumbs li", ".toc a", ".sidebar a",
            ".sidebar a[aria-current]", ".reader-paths a", ".language-switch a", ".callout p", ".callout-label", "th", "td", ".pager a", ".site-footer p", ".brand-name"];
          const failures = [];
          for (const selector of selectors) {
            for (const e of [...document.querySelectorAll(selector)].slice(0, 5)) {
              const style = getComputedStyle(e);
              if (style.display === "none" || style.visibility === "hidden") continue;
              const fg = lum(rgb(style.color).slice(0, 3)), bg = lum(background(e));
              const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
              const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight) >= 700;
              const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
              if (ratio < needed) failures.push(`${selector} ${ratio.toFixed(2)}:1`);
            }
          }
          return failures;
        })()
        """;

    private static Task<string> Background(IPage page) =>
        page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");

    /// <summary>Opens a page in a fresh context that records console errors and any request outside <paramref name="siteRoot"/>.</summary>
    private async Task<(IPage Page, List<string> Problems)> OpenAsync(Uri url, string siteRoot, ColorScheme scheme = ColorScheme.Light)
    {
        var context = await chromium.NewContextAsync(new() { ColorScheme = scheme });
        _contexts.Add(context);
        var problems = new List<string>();
        Chromium.WatchRequests(context, siteRoot, request => problems.Add("outside request: " + request.Url));
        var page = await context.NewPageAsync();
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                problems.Add("console: " + m.Text);
            }
        };
        page.PageError += (_, e) => problems.Add("script: " + e);
        var response = await page.GotoAsync(url.AbsoluteUri);
        if (url.Scheme == "http" && response is { Ok: false } && !url.AbsolutePath.EndsWith("404.html", StringComparison.Ordinal))
        {
            problems.Add($"HTTP {response.Status}");
        }
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return (page, problems);
    }
}
