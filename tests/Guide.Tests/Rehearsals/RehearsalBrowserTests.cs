using Microsoft.Playwright;

namespace Guide.Tests.Rehearsals;

/// <summary>The test run's portable build of the real guide, opened from disk.</summary>
public sealed class PortableGuide
{
    public string Root { get; } = RealGuide.Get().Portable;

    public string Url(string path) => new Uri(Path.Combine(Root, path)).AbsoluteUri;
}

/// <summary>
/// A rehearsal as a reader plays it in Debian's Chromium, opened from disk under the pages' CSP: by
/// keyboard alone to an ending, with the path taken shown at the end; kept across a reload; undone;
/// readable and printable without script; legible in both themes on a phone. One browser for the class.
/// </summary>
public sealed class RehearsalBrowserTests(PortableGuide guide, Chromium chromium) : IClassFixture<PortableGuide>
{
    private const string Page = "zh-CN/rehearsals/criticism-wrong-facts/index.html";
    private static readonly BrowserNewContextOptions Phone = new() { ViewportSize = new() { Width = 390, Height = 844 } };

    [Fact]
    public async Task A_reader_plays_to_an_ending_by_keyboard_alone_and_sees_the_path_taken()
    {
        Requires.Chromium();
        var (page, problems) = await OpenAsync(Phone);
        Assert.True(await page.IsVisibleAsync("[data-rehearsal-player]"));
        Assert.False(await page.IsVisibleAsync("[data-rehearsal-script]"));
        Assert.Equal("场景 1", await StageTitle(page));

        await ChooseAsync(page, "我先确认一下");
        Assert.Equal("场景 1 · 有帮助", await Focused(page));
        await ContinueAsync(page, "继续");
        Assert.Equal("场景 2", await Focused(page));
        await Shot(page, "rehearsal-scene-phone.png");
        await ChooseAsync(page, "我补充一下当时的经过");
        await ContinueAsync(page, "继续");
        Assert.Equal("场景 6", await Focused(page));
        await ChooseAsync(page, "邮件我会后就转给您");
        await ContinueAsync(page, "看看结局");

        Assert.Equal("结局 1：事实对上了，改进也定了", await Focused(page));
        var path = page.Locator(".rehearsal-path > li");
        Assert.Equal(3, await path.CountAsync());
        Assert.Contains("我先确认一下", await path.Nth(0).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("邮件我会后就转给您", await path.Nth(2).InnerTextAsync(), StringComparison.Ordinal);
        var links = await page.EvalOnSelectorAllAsync<string[]>(".rehearsal-path .rehearsal-read a", "as => as.map(a => a.href)");
        Assert.Equal(3, links.Length);
        Assert.All(links, LandsOnAHeading);
        Assert.True(await page.IsVisibleAsync(".rehearsal-stage .rehearsal-debrief"));
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page is wider than a phone");
        await Shot(page, "rehearsal-ending-phone.png");

        // The path is kept in this browser: a reload comes back to the ending.
        await page.ReloadAsync();
        Assert.Equal("结局 1：事实对上了，改进也定了", await StageTitle(page));
        Assert.Equal("已接着上次的进度继续。", await page.InnerTextAsync(".rehearsal-status"));

        // A way back: undo the last choice, and its scene offers its answers again.
        await TabToAsync(page, "document.activeElement.textContent === '撤回上一步'");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("场景 6", await Focused(page));
        Assert.Equal(3, await page.Locator(".rehearsal-option").CountAsync());
        Assert.True(problems.Count == 0, string.Join("; ", problems));
    }

    [Fact]
    public async Task Without_script_every_branch_is_on_the_page_and_print_shows_the_script()
    {
        Requires.Chromium();
        var (still, problems) = await OpenAsync(new() { JavaScriptEnabled = false });
        Assert.False(await still.IsVisibleAsync("[data-rehearsal-player]"));
        Assert.True(await still.IsVisibleAsync("[data-rehearsal-script]"));
        Assert.Equal(16, await still.Locator(".rehearsal-choice:visible").CountAsync());
        Assert.Equal(5, await still.Locator("[data-ending]:visible").CountAsync());

        var (playing, more) = await OpenAsync(Phone);
        await playing.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.Equal("none", await playing.EvalOnSelectorAsync<string>("[data-rehearsal-player]", "e => getComputedStyle(e).display"));
        Assert.Equal("block", await playing.EvalOnSelectorAsync<string>("[data-rehearsal-script]", "e => getComputedStyle(e).display"));
        Assert.Empty(problems.Concat(more));
    }

    [Fact]
    public async Task Answers_verdicts_and_lines_keep_their_contrast_in_light_and_dark()
    {
        Requires.Chromium();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var (page, _) = await OpenAsync(new() { ColorScheme = scheme, ViewportSize = Phone.ViewportSize });
            await ChooseAsync(page, "这不是我的问题");
            await page.ClickAsync("[data-rehearsal-player] button[aria-controls]");

            var failures = await page.EvaluateAsync<string[]>(ContrastScript);

            Assert.True(failures.Length == 0, $"{scheme}: {string.Join("; ", failures)}");
            if (scheme == ColorScheme.Dark)
            {
                await Shot(page, "rehearsal-feedback-dark-phone.png");
            }
        }
    }

    /// <summary>
    /// WCAG contrast (4.5:1) of the rehearsal's own kinds of text against the first opaque background behind them.
    /// </summary>
    private const string ContrastScript = """
        (() => {
          const rgb = s => (s.match(/[\d.]+/g) || []).map(Number);
          const lum = c => c.slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
            .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
          const behind = e => {
            for (; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor); if (c.length === 3 || c[3] > 0.9) return c; }
            return rgb(getComputedStyle(document.body).backgroundColor);
          };
          const failures = [];
          for (const e of document.querySelectorAll('.rehearsal-badge, .rehearsal-option, .rehearsal-words, .rehearsal-speaker, .rehearsal-effect, .rehearsal-why, .rehearsal-read a, .rehearsal-button, .rehearsal-progress, .rehearsal-note')) {
            if (!e.offsetParent) continue;
            const [a, b] = [lum(rgb(getComputedStyle(e).color)), lum(behind(e))];
            const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
            if (ratio < 4.5) failures.push(`${e.className || e.tagName} ${ratio.toFixed(2)}:1`);
          }
          return failures;
        })()
        """;

    private Task<(IPage Page, List<string> Problems)> OpenAsync(BrowserNewContextOptions options) =>
        chromium.OpenAsync(guide.Url(Page), new Uri(guide.Root + "/").AbsoluteUri, options);

    /// <summary>Presses Tab until the focused element satisfies <paramref name="test"/>, as a keyboard user would.</summary>
    private static async Task TabToAsync(IPage page, string test)
    {
        for (var i = 0; i < 80; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>(test))
            {
                return;
            }
        }
        Assert.Fail($"Tab never reached an element where {test}");
    }

    private static async Task ChooseAsync(IPage page, string words)
    {
        await TabToAsync(page, $"document.activeElement.classList.contains('rehearsal-option') && document.activeElement.textContent.includes('{words}')");
        await page.Keyboard.PressAsync("Enter");
    }

    private static async Task ContinueAsync(IPage page, string label)
    {
        await TabToAsync(page, $"document.activeElement.classList.contains('rehearsal-continue') && document.activeElement.textContent === '{label}'");
        await page.Keyboard.PressAsync("Enter");
    }

    private static Task<string> Focused(IPage page) => page.EvaluateAsync<string>("document.activeElement.textContent");

    private static Task<string> StageTitle(IPage page) => page.InnerTextAsync(".rehearsal-stage-title");

    /// <summary>A link of the summary names a page of the built guide and a heading on it.</summary>
    private void LandsOnAHeading(string href)
    {
        var uri = new Uri(href);
        Assert.Equal("file", uri.Scheme);
        Assert.True(File.Exists(uri.LocalPath), href);
        var anchor = Uri.UnescapeDataString(uri.Fragment.TrimStart('#'));
        Assert.NotEmpty(anchor);
        Assert.Contains($"id=\"{anchor}\"", File.ReadAllText(uri.LocalPath), StringComparison.Ordinal);
        Assert.StartsWith(guide.Root, uri.LocalPath, StringComparison.Ordinal);
    }

    private static async Task Shot(IPage page, string name)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(dir);
        var file = Path.Combine(dir, name);
        await page.ScreenshotAsync(new() { Path = file });
        Assert.True(new FileInfo(file).Length > 10_000);
    }
}
