using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Guide.Tests.Theme;

/// <summary>
/// The guide as an employee meets it the night before, on a 390×844 phone: the text on the first screen,
/// quick start one tap from the root, a header that never hides what a link jumps to, checklists and
/// worksheets that keep what was ticked and typed, diagrams that can be read.
/// </summary>
public sealed partial class PhoneTests(ThemeSite site, Chromium chromium)
{
    [Fact]
    public async Task The_first_paragraph_is_on_the_first_phone_screen_of_every_content_page()
    {
        var phone = await site.PhonePagesAsync(chromium);
        var pages = phone.Pages.Where(p => p.Value.FirstParagraph is not null).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        var problems = phone.ScriptErrors.Concat(pages.Where(p => p.Value.FirstParagraph!.Length > 0).Select(p => $"{p.Key}: {p.Value.FirstParagraph}")).ToList();

        Assert.True(pages.Count > 80, $"only {pages.Count} content pages");
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task Quick_start_is_one_tap_from_the_root_in_the_readers_language()
    {
        Requires.Chromium();
        foreach (var (locale, title) in new[] { ("zh-CN", "明天就面谈"), ("en-US", "My review is tomorrow") })
        {
            await using var context = await chromium.NewContextAsync(new(ThemeSite.Phone) { Locale = locale });
            var page = await context.NewPageAsync();
            await page.GotoAsync(site.Root.AbsoluteUri);

            var quickStart = page.Locator(".choice:not([hidden]) a[href*='quick-start']").First;
            var box = await quickStart.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.Y + box.Height <= 844, $"{locale}: quick start ends at y = {box.Y + box.Height}, below the first screen");
            Assert.True(box.Height >= 44, $"{locale}: the target is {box.Height} px tall; a thumb needs 44");
            await Chromium.FollowAsync(page, () => quickStart.TapAsync(), new Regex("/quick-start/$"));
            await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(title);
        }
    }

    [Fact]
    public async Task The_root_follows_the_browser_language_and_remembers_the_readers_choice()
    {
        Requires.Chromium();
        await using var context = await chromium.NewContextAsync(new(ThemeSite.Phone) { Locale = "en-GB" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Root.AbsoluteUri);
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.True(await page.Locator("#choice-en").IsVisibleAsync());
        Assert.False(await page.Locator("#choice-zh-CN").IsVisibleAsync());

        await page.Locator(".choice-switch a[data-choice='zh-CN']").TapAsync();
        Assert.True(await page.Locator("#choice-zh-CN").IsVisibleAsync());
        Assert.Equal("true", await page.GetAttributeAsync(".choice-switch a[data-choice='zh-CN']", "aria-current"));
        await page.ReloadAsync();

        Assert.Equal("zh-CN", await page.GetAttributeAsync("html", "lang"));
        Assert.True(await page.Locator("#choice-zh-CN").IsVisibleAsync());
        Assert.False(await page.Locator("#choice-en").IsVisibleAsync());
    }

    [Fact]
    public async Task The_header_is_one_row_and_its_height_is_the_jump_offset_and_the_sidebar_offset()
    {
        Requires.Chromium();
        foreach (var (name, options) in new[] { ("phone", ThemeSite.Phone), ("desktop", ThemeSite.Desktop), ("small desktop", new BrowserNewContextOptions { ViewportSize = new() { Width = 960, Height = 800 } }) })
        {
            await using var context = await chromium.NewContextAsync(options);
            var page = await context.NewPageAsync();
            foreach (var path in new[] { "zh-CN/managers/nine-steps/", "en/managers/nine-steps/" })
            {
                await page.GotoAsync(new Uri(site.Root, path).AbsoluteUri);
                var m = await Measure(page);

                Assert.True(Math.Abs(m.Header - m.Variable) < 0.5, $"{name} {path}: the header is {m.Header} px, --header-height is {m.Variable} px");
                Assert.True(Math.Abs(m.Header - m.Offset) < 0.5, $"{name} {path}: the header is {m.Header} px, but jumps stop {m.Offset} px from the top");
                Assert.True(m.Rows == 1, $"{name} {path}: the header's items lie on {m.Rows} rows");
                if (name != "phone")
                {
                    Assert.True(Math.Abs(m.Sidebar - m.Header) < 0.5, $"{name} {path}: the sidebar sticks at {m.Sidebar} px, under a {m.Header} px header");
                }

                // Scrolled far down, the header (search and menu) is still on screen.
                await page.EvaluateAsync("window.scrollTo(0, 3000)");
                Assert.Equal(0, await page.EvalOnSelectorAsync<double>(".site-header", "h => Math.round(h.getBoundingClientRect().top)"));
            }
        }
    }

    [Fact]
    public async Task A_contents_link_lands_its_heading_fully_visible_below_the_header()
    {
        Requires.Chromium();
        foreach (var (name, options) in new[] { ("phone", ThemeSite.Phone), ("desktop", ThemeSite.Desktop) })
        {
            await using var context = await chromium.NewContextAsync(options);
            var page = await context.NewPageAsync();
            foreach (var path in new[] { "zh-CN/managers/nine-steps/", "en/during/listening/" })
            {
                await page.GotoAsync(new Uri(site.Root, path).AbsoluteUri);
                var toc = page.Locator("#toc");
                Assert.Equal(name == "desktop", await toc.EvaluateAsync<bool>("d => d.open"));
                if (name == "phone")
                {
                    await page.Locator("#toc > summary").TapAsync();
                }
                var links = page.Locator("#toc nav a");
                var link = links.Nth(await links.CountAsync() / 2);
                var id = Uri.UnescapeDataString((await link.GetAttributeAsync("href"))!.TrimStart('#'));
                await link.ClickAsync();
                await page.WaitForFunctionAsync("id => location.hash && decodeURIComponent(location.hash.slice(1)) === id", id);
                await Settled(page);

                var (top, bottom, headerBottom, height) = await HeadingBox(page, id);
                Assert.True(top >= headerBottom - 0.5 && bottom <= height,
                    $"{name} {path}#{id}: the heading spans y = {top:0}..{bottom:0}, the header ends at {headerBottom:0}, the screen at {height}");
            }
        }
    }

    [Fact]
    public async Task A_checklist_is_ticked_kept_cleared_and_undone()
    {
        Requires.Chromium();
        await using var context = await chromium.NewContextAsync(ThemeSite.Phone);
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site.Root, "zh-CN/before/checklist/").AbsoluteUri);
        var boxes = page.Locator(".checklist .task-list-item-checkbox");
        Assert.True(await boxes.CountAsync() >= 5);
        Assert.False(await boxes.First.IsDisabledAsync());

        // A tap on the words ticks the box: the label holds both.
        await page.Locator(".checklist .task-list-item label").Nth(0).TapAsync();
        await page.Locator(".checklist .task-list-item label").Nth(2).TapAsync();
        await Assertions.Expect(page.Locator(".checklist [data-worksheet-status]").First).ToHaveTextAsync("勾选已保存在本浏览器");
        await page.ReloadAsync();
        Assert.Equal("ticked, empty, ticked", await Ticks(page));

        await page.Locator(".checklist [data-worksheet-clear]").First.TapAsync();
        Assert.Equal("empty, empty, empty", await Ticks(page));
        await page.Locator(".checklist .worksheet-undo").First.TapAsync();
        Assert.Equal("ticked, empty, ticked", await Ticks(page));
        await page.ReloadAsync();
        Assert.Equal("ticked, empty, ticked", await Ticks(page));

        // Printed, the boxes are there, ticked or empty.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.True(await boxes.First.IsVisibleAsync());
        Assert.True(await boxes.First.IsCheckedAsync());
        Assert.False(await page.Locator(".checklist-actions").First.IsVisibleAsync());

        // Each page keeps its own ticks.
        await page.GotoAsync(new Uri(site.Root, "en/before/checklist/").AbsoluteUri);
        Assert.Equal("empty, empty, empty", await Ticks(page));
    }

    [Fact]
    public async Task A_worksheet_on_a_phone_has_no_column_off_screen_and_keeps_its_status_and_pdf_in_view()
    {
        Requires.Chromium();
        foreach (var (name, options) in new[] { ("phone", ThemeSite.Phone), ("desktop", ThemeSite.Desktop) })
        {
            await using var context = await chromium.NewContextAsync(options);
            var page = await context.NewPageAsync();
            await page.GotoAsync(new Uri(site.Root, "zh-CN/worksheets/w1-kpi-gap/").AbsoluteUri);

            var offScreen = await page.EvaluateAsync<string[]>(
                "[...document.querySelectorAll('.worksheet-form input, .worksheet-form textarea')].filter(e => { const r = e.getBoundingClientRect(); return r.right > innerWidth || r.left < 0; }).map(e => e.name)");
            Assert.True(offScreen.Length == 0, $"{name}: off screen: " + string.Join(", ", offScreen));

            // The last field of the table is far below the top of the form.
            var last = page.Locator(".ws-table textarea, .ws-table input").Last;
            await last.FillAsync("客户流失");
            var status = page.Locator(".worksheet-form [data-worksheet-status]");
            await Assertions.Expect(status).ToHaveTextAsync("已保存在本浏览器");
            Assert.True(await InView(page, ".worksheet-form [data-worksheet-status]"), $"{name}: the saved status is not on screen while the reader types");
            if (await page.Locator(".worksheet-action-pdf").CountAsync() > 0)
            {
                Assert.True(await InView(page, ".worksheet-action-pdf"), $"{name}: the PDF download is not on screen while the reader types");
            }

            await page.Locator(".worksheet-form [data-worksheet-clear]").ClickAsync();
            Assert.Equal("", await last.InputValueAsync());
            await page.Locator(".worksheet-form .worksheet-undo").ClickAsync();
            Assert.Equal("客户流失", await last.InputValueAsync());
            await page.ReloadAsync();
            Assert.Equal("客户流失", await last.InputValueAsync());
        }
    }

    [Fact]
    public async Task Diagrams_keep_labels_of_12_px_on_a_phone_and_open_full_size()
    {
        Requires.Chromium();
        await using var context = await chromium.NewContextAsync(ThemeSite.Phone);
        var page = await context.NewPageAsync();
        var seen = 0;
        foreach (var path in new[] { "zh-CN/", "en/", "zh-CN/managers/nine-steps/", "en/managers/four-scenarios/", "zh-CN/managers/five-parts/" })
        {
            await page.GotoAsync(new Uri(site.Root, path).AbsoluteUri);
            foreach (var image in await page.Locator("a.diagram img[src$='.svg']").AllAsync())
            {
                seen++;
                var src = (await image.EvaluateAsync<string>("i => new URL(i.src).pathname")).TrimStart('/');
                var (width, smallest) = SvgText(Path.Combine(site.Guide.Served, Uri.UnescapeDataString(src)));
                var shown = await image.EvaluateAsync<double>("i => i.getBoundingClientRect().width");
                var px = smallest * shown / width;
                Assert.True(px >= 12, $"{path} {src}: the smallest label is {px:0.0} CSS px at {shown:0} px wide");

                await image.TapAsync();
                var viewer = page.Locator("dialog.diagram-viewer[open] img");
                await Assertions.Expect(viewer).ToBeVisibleAsync();
                var full = await viewer.EvaluateAsync<double>("i => i.getBoundingClientRect().width");
                Assert.True(full >= width * 12 / smallest, $"{path} {src}: full size is {full:0} px wide");
                await page.Keyboard.PressAsync("Escape");
                await Assertions.Expect(page.Locator("dialog.diagram-viewer")).ToHaveCountAsync(0);
            }
        }
        Assert.True(seen >= 3, $"only {seen} diagrams seen");
    }

    [Fact]
    public async Task Links_to_folders_of_a_normal_build_open_pages_from_disk()
    {
        Requires.Chromium();
        await using var context = await chromium.NewContextAsync();
        var page = await context.NewPageAsync();
        var root = new Uri(Path.GetFullPath(site.Guide.Served).TrimEnd('/') + "/");
        foreach (var path in new[] { "index.html", "zh-CN/index.html", "en/during/listening/index.html", "zh-CN/worksheets/w1-kpi-gap/index.html", "en/print/index.html" })
        {
            await page.GotoAsync(new Uri(root, path).AbsoluteUri);
            var targets = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('a[href]')].map(a => a.href).filter(h => h.startsWith('file:'))");
            var folders = targets.Select(t => new Uri(t)).Where(u => !File.Exists(u.LocalPath)).Select(u => u.LocalPath).Distinct().ToList();

            Assert.True(targets.Length > 5, $"{path}: {targets.Length} links");
            Assert.True(folders.Count == 0, $"{path}: links to folders, not pages: {string.Join(", ", folders.Take(5))}");
        }

        await page.GotoAsync(new Uri(root, "zh-CN/index.html").AbsoluteUri);
        await Chromium.FollowAsync(page, () => page.Locator(".situation").First.ClickAsync(), new Regex("quick-start/index\\.html$"));
        Assert.Equal("zh-CN", await page.GetAttributeAsync("html", "lang"));
    }

    [Fact]
    public async Task The_language_switch_keeps_the_section_the_reader_is_in()
    {
        Requires.Chromium();
        await using var context = await chromium.NewContextAsync(ThemeSite.Desktop);
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site.Root, "en/during/listening/").AbsoluteUri);
        var english = await TocIds(page);
        await page.GotoAsync(new Uri(site.Root, "zh-CN/during/listening/").AbsoluteUri);
        var chinese = await TocIds(page);
        Assert.Equal(english.Length, chinese.Length);

        await page.GotoAsync(new Uri(site.Root, "zh-CN/during/listening/#" + Uri.EscapeDataString(chinese[2])).AbsoluteUri);
        await Chromium.FollowAsync(page, () => page.ClickAsync(".language-switch a[hreflang=en]"), new Regex("/en/during/listening/#"));
        Assert.Equal(english[2], Uri.UnescapeDataString(new Uri(page.Url).Fragment.TrimStart('#')));
    }

    [Fact]
    public async Task English_is_set_latin_first_and_phone_tables_keep_a_reading_line_height()
    {
        Requires.Chromium();
        await using var context = await chromium.NewContextAsync(ThemeSite.Phone);
        var page = await context.NewPageAsync();
        foreach (var (path, family) in new[] { ("en/during/mindset/", "system-ui"), ("zh-CN/during/mindset/", "\"PingFang SC\"") })
        {
            await page.GotoAsync(new Uri(site.Root, path).AbsoluteUri);
            Assert.StartsWith(family, await page.EvaluateAsync<string>("getComputedStyle(document.body).fontFamily"));
            var ratio = await page.EvalOnSelectorAsync<double>(".content td", "td => { const s = getComputedStyle(td); return parseFloat(s.lineHeight) / parseFloat(s.fontSize); }");
            Assert.True(ratio <= 1.6, $"{path}: table cells have a line-height of {ratio.ToString("0.00", CultureInfo.InvariantCulture)}");
        }
    }

    /// <summary>The first three boxes of the page's checklists: "ticked, empty, ticked".</summary>
    private static Task<string> Ticks(IPage page) =>
        page.EvaluateAsync<string>("[...document.querySelectorAll('.checklist .task-list-item-checkbox')].slice(0, 3).map(c => c.checked ? 'ticked' : 'empty').join(', ')");

    private static Task<bool> InView(IPage page, string selector) =>
        page.EvalOnSelectorAsync<bool>(selector, """
            e => { const r = e.getBoundingClientRect(), h = document.querySelector(".site-header").getBoundingClientRect();
                   return r.height > 0 && r.top >= h.bottom - 1 && r.bottom <= innerHeight; }
            """);

    private static Task<string[]> TocIds(IPage page) =>
        page.EvaluateAsync<string[]>("[...document.querySelectorAll('#toc nav a')].map(a => decodeURIComponent(a.hash.slice(1)))");

    private sealed record Metrics(double Header, double Variable, double Offset, double Sidebar, int Rows);

    private static async Task<Metrics> Measure(IPage page)
    {
        var m = await page.EvaluateAsync<double[]>("""
            () => {
              const header = document.querySelector(".site-header"), r = header.getBoundingClientRect();
              const probe = document.createElement("div");
              probe.style.height = "var(--header-height)";
              document.body.append(probe);
              const variable = probe.getBoundingClientRect().height;
              probe.remove();
              const rows = new Set([...header.querySelectorAll(".brand, .header-tools > *")].filter(e => e.getBoundingClientRect().height > 0)
                .map(e => Math.round(e.getBoundingClientRect().top + e.getBoundingClientRect().height / 2) > r.top + r.height / 2 + 8 ? 2 : 1)).size;
              const sidebar = document.getElementById("sidebar");
              return [r.height, variable, parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop), parseFloat(getComputedStyle(sidebar).top) || 0, rows];
            }
            """);
        return new Metrics(m[0], m[1], m[2], m[3], (int)m[4]);
    }

    private static async Task<(double Top, double Bottom, double HeaderBottom, double Height)> HeadingBox(IPage page, string id)
    {
        var b = await page.EvaluateAsync<double[]>("""
            id => { const r = document.getElementById(id).getBoundingClientRect();
                    return [r.top, r.bottom, document.querySelector(".site-header").getBoundingClientRect().bottom, innerHeight]; }
            """, id);
        return (b[0], b[1], b[2], b[3]);
    }

    /// <summary>Waits until smooth scrolling, if any, has stopped.</summary>
    private static async Task Settled(IPage page)
    {
        var last = -1.0;
        for (var i = 0; i < 20; i++)
        {
            var y = await page.EvaluateAsync<double>("new Promise(r => requestAnimationFrame(() => r(scrollY)))");
            if (Math.Abs(y - last) < 0.5)
            {
                return;
            }
            last = y;
        }
    }

    /// <summary>An SVG's drawing width and its smallest font size, in the drawing's own units.</summary>
    private static (double Width, double Smallest) SvgText(string file)
    {
        var svg = File.ReadAllText(file);
        var viewBox = ViewBox().Match(svg).Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var sizes = FontSize().Matches(svg).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.True(sizes.Count > 0, $"{file} gives no font sizes");
        return (double.Parse(viewBox[2], CultureInfo.InvariantCulture), sizes.Min());
    }

    [GeneratedRegex("viewBox=\"([^\"]+)\"")]
    private static partial Regex ViewBox();

    [GeneratedRegex("font-size[=:]\\s*\"?([0-9.]+)")]
    private static partial Regex FontSize();
}
