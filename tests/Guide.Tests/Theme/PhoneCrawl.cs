using Microsoft.Playwright;

namespace Guide.Tests.Theme;

/// <summary>What one page of the served build showed on a phone.</summary>
/// <param name="Axe">axe's violations in the light theme, and contrast in the dark one, a line each.</param>
/// <param name="FirstParagraph">Where a content page's first paragraph falls short of the first screen; empty when it is there, null for pages that are not content pages.</param>
public sealed record PageOnPhone(IReadOnlyList<string> Axe, string? FirstParagraph);

/// <summary>Every page on the phone by its address, and the script errors any of them raised (which fail every check).</summary>
public sealed record PhonePages(IReadOnlyDictionary<string, PageOnPhone> Pages, IReadOnlyList<string> ScriptErrors);

/// <summary>
/// Every page of the served build opened once on a 390×844 phone for the checks that read every page
/// there: axe (<see cref="AccessibilityTests"/>) and the first screen (<see cref="PhoneTests"/>). A page
/// load costs Chromium about 0.15 s of processor time and the suite is bound by the processor, so the
/// two tests share one visit per page; whichever asks first runs the crawl.
/// </summary>
public static class PhoneCrawl
{
    private const string FirstParagraphProbe = """
        () => {
          const header = document.querySelector(".site-header").getBoundingClientRect();
          const first = [...document.querySelectorAll(".content p")].find(p =>
            !p.closest(".lead, nav, .toc, .callout-label, .worksheet-downloads, .situations-nav") && p.textContent.trim().length > 0);
          if (!first) return "has no paragraph";
          const top = first.getBoundingClientRect().top, line = parseFloat(getComputedStyle(first).lineHeight);
          return top >= header.bottom - 1 && top + line <= innerHeight ? "" : `its first paragraph starts at y = ${Math.round(top)}, its first line ends at ${Math.round(top + line)} of ${innerHeight}`;
        }
        """;

    public static async Task<PhonePages> RunAsync(ThemeSite site, Chromium chromium)
    {
        Requires.Chromium();
        // Without axe (tests/engines not installed) the phone checks still run; the axe test skips on its own.
        var withAxe = File.Exists(Requires.AxePath);
        var content = site.ContentPages().ToHashSet(StringComparer.Ordinal);
        var found = new System.Collections.Concurrent.ConcurrentDictionary<string, PageOnPhone>(StringComparer.Ordinal);
        var errors = await site.CheckPagesAsync(chromium, site.AllPages(), ThemeSite.Phone, async (page, path) =>
        {
            // Measured before axe runs, on the page as the reader first sees it.
            var first = content.Contains(path) ? await page.EvaluateAsync<string>(FirstParagraphProbe) : null;
            if (!withAxe)
            {
                found[path] = new PageOnPhone([], first);
                return [];
            }
            var axe = (await AccessibilityTests.Axe(page)).Select(v => "light: " + v).ToList();
            // The theme changes colours only, so the dark run checks contrast. A print edition's chapters
            // are the pages' own bodies, checked on their pages; its chrome and contents are checked here.
            await page.EvaluateAsync("document.documentElement.setAttribute('data-theme', 'dark')");
            var exclude = path.Contains("/print/", StringComparison.Ordinal) ? new[] { ".print-chapter" } : [];
            axe.AddRange((await AccessibilityTests.Axe(page, ["color-contrast"], exclude)).Select(v => "dark: " + v));
            found[path] = new PageOnPhone(axe, first);
            return [];
        }, withAxe ? AccessibilityTests.UseAxe : null);
        return new PhonePages(found, errors);
    }
}
