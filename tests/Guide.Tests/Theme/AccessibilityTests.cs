using System.Text.Json;
using Microsoft.Playwright;

namespace Guide.Tests.Theme;

/// <summary>
/// axe-core (pinned in tests/engines) over every page of the real guide in Chromium, in the light and the
/// dark theme, and over the states a reader creates: the search dropdown open, a worksheet filled in, a
/// checklist ticked. Every rule axe runs by default counts, whatever its impact. The crawl of every page is
/// shared with <see cref="PhoneTests"/> (<see cref="PhoneCrawl"/>).
/// </summary>
public sealed class AccessibilityTests(ThemeSite site, Chromium chromium)
{
    /// <summary>Runs axe in the page; <c>rules</c> limits it to some rules, <c>exclude</c> leaves parts out. One line per failing element.</summary>
    private const string RunAxe = """
        async ([rules, exclude]) => {
          const context = exclude.length ? { include: [document], exclude: exclude.map(s => [s]) } : document;
          const result = await axe.run(context, rules.length ? { runOnly: { type: "rule", values: rules } } : {});
          return result.violations.flatMap(v => v.nodes.map(n => `${v.id} (${v.impact}): ${n.target.join(" ")}: ${(n.failureSummary || "").split("\n").slice(1, 2).join("").trim()}`));
        }
        """;

    [Fact]
    public async Task Every_page_has_no_violations_in_the_light_and_the_dark_theme()
    {
        Requires.Axe();
        var phone = await site.PhonePagesAsync(chromium);
        var problems = phone.ScriptErrors.Concat(phone.Pages.OrderBy(p => p.Key, StringComparer.Ordinal).SelectMany(p => p.Value.Axe.Select(v => $"{p.Key}: {v}"))).ToList();

        Assert.True(phone.Pages.Count > 90, $"only {phone.Pages.Count} pages");
        Assert.True(problems.Count == 0, $"{problems.Count} violations:\n" + string.Join('\n', problems.Take(100)));
    }

    [Fact]
    public async Task The_open_search_a_filled_worksheet_and_a_ticked_checklist_have_no_violations()
    {
        Requires.Axe();
        var problems = new List<string>();
        foreach (var (name, options) in new[] { ("phone", ThemeSite.Phone), ("desktop", ThemeSite.Desktop) })
        {
            foreach (var theme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                await using var context = await chromium.NewContextAsync(new(options) { ColorScheme = theme });
                await UseAxe(context);
                var page = await context.NewPageAsync();
                var label = $"{name} {theme}";

                await page.GotoAsync(new Uri(site.Root, "zh-CN/during/listening/").AbsoluteUri);
                if (name == "phone")
                {
                    await page.Locator("#search-toggle").TapAsync();
                }
                await page.Locator("#search-input").FillAsync("复述");
                await Assertions.Expect(page.Locator(".search-result").First).ToBeVisibleAsync();
                await page.Keyboard.PressAsync("ArrowDown");
                problems.AddRange((await Axe(page)).Select(v => $"{label} search open: {v}"));
                if (theme == ColorScheme.Light)
                {
                    // Dark mode chosen with the toggle on a light system: the case the search colours once missed.
                    await page.EvaluateAsync("document.documentElement.setAttribute('data-theme', 'dark')");
                    problems.AddRange((await Axe(page, ["color-contrast"])).Select(v => $"{label} toggled dark, search open: {v}"));
                }

                await page.GotoAsync(new Uri(site.Root, "en/worksheets/w1-kpi-gap/").AbsoluteUri);
                foreach (var field in await page.Locator(".worksheet-form input[type=text], .worksheet-form textarea").AllAsync())
                {
                    await field.FillAsync("Sales revenue 1.2m");
                }
                foreach (var box in await page.Locator(".worksheet-form input[type=checkbox]").AllAsync())
                {
                    await box.CheckAsync();
                }
                await page.Locator(".worksheet-form [data-worksheet-clear]").ClickAsync();
                await Assertions.Expect(page.Locator(".worksheet-undo")).ToBeVisibleAsync();
                problems.AddRange((await Axe(page)).Select(v => $"{label} worksheet cleared with undo: {v}"));
                await page.Locator(".worksheet-undo").ClickAsync();
                await Assertions.Expect(page.Locator(".worksheet-form [data-worksheet-status]")).Not.ToBeEmptyAsync();
                problems.AddRange((await Axe(page)).Select(v => $"{label} worksheet filled: {v}"));

                await page.GotoAsync(new Uri(site.Root, "en/before/checklist/").AbsoluteUri);
                await page.Locator(".checklist .task-list-item label").First.ClickAsync();
                await Assertions.Expect(page.Locator(".checklist [data-worksheet-status]").First).Not.ToBeEmptyAsync();
                problems.AddRange((await Axe(page)).Select(v => $"{label} checklist ticked: {v}"));

                if (name == "phone")
                {
                    await page.Locator("#menu-toggle").TapAsync();
                    problems.AddRange((await Axe(page)).Select(v => $"{label} menu open: {v}"));
                }
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} violations:\n" + string.Join('\n', problems.Distinct().Take(100)));
    }

    /// <summary>axe arrives with every document of the context, before the page's own script (the page's CSP does not apply to it).</summary>
    internal static Task UseAxe(IBrowserContext context) => context.AddInitScriptAsync(scriptPath: Requires.AxePath);

    internal static async Task<IReadOnlyList<string>> Axe(IPage page, string[]? rules = null, string[]? exclude = null)
    {
        var found = await page.EvaluateAsync<JsonElement>(RunAxe, new object[] { rules ?? [], exclude ?? [] });
        return [.. found.EnumerateArray().Select(e => e.GetString()!)];
    }
}
