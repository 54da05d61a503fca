using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Guide.Tests.Support;
using Guide.Tests.Theme;
using Microsoft.Playwright;

namespace Guide.Tests.Preparation;

/// <summary>
/// Nothing the reader enters leaves the device: no script of the site can send anything, every page
/// that keeps answers says where they are kept and links to where they can be moved or deleted, and
/// the reader's own pages pass axe in both themes, filled in, starred and in the meeting view.
/// </summary>
public sealed partial class PrivacyTests(ThemeSite site, Chromium chromium)
{
    [Fact]
    public void No_script_of_the_site_can_send_anything()
    {
        var scripts = Directory.EnumerateFiles(Path.Combine(Repo.Root, "theme", "wwwroot", "js"), "*.js")
            // Only `guide serve` adds the live-reload script, to talk to the editor's own preview server.
            .Where(f => Path.GetFileName(f) != "live-reload.js")
            .ToList();
        var found = scripts.SelectMany(f => Network().Matches(File.ReadAllText(f)).Select(m => $"{Path.GetFileName(f)}: {m.Value}")).ToList();
        var forms = Directory.EnumerateFiles(Path.Combine(Repo.Root, "theme"), "*.razor", SearchOption.AllDirectories)
            .Where(f => FormElement().IsMatch(RazorComment().Replace(File.ReadAllText(f), ""))).ToList();

        Assert.Contains(scripts, f => f.EndsWith("answers.js", StringComparison.Ordinal));
        Assert.Empty(found);
        Assert.Empty(forms);
    }

    [Fact]
    public void Every_page_that_keeps_answers_says_where_and_links_to_moving_or_deleting_them()
    {
        foreach (var (lang, kept) in new[] { ("zh-CN", "只保存在这台设备的这个浏览器里"), ("en", "only in this browser on this device") })
        {
            var pages = new[] { $"{lang}/phrases/", $"{lang}/my-card/" }
                .Concat(Directory.EnumerateDirectories(Path.Combine(site.Guide.Served, lang, "worksheets")).Select(d => $"{lang}/worksheets/{Path.GetFileName(d)}/"))
                .ToList();
            Assert.True(pages.Count == 11, $"{lang}: {pages.Count} pages");
            foreach (var path in pages)
            {
                var html = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Guide.Served, path, "index.html")));
                Assert.True(html.QuerySelector("main")!.TextContent.Contains(kept, StringComparison.Ordinal), $"{path} does not say where answers are kept");
                var device = html.QuerySelectorAll("main a[href$='#device']").Select(a => a.GetAttribute("href")!).FirstOrDefault();
                Assert.True(device is not null, $"{path} has no link to the answers on this device");
                var target = new Uri(new Uri($"http://site/{path}"), device);
                var card = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Guide.Served, target.AbsolutePath.TrimStart('/'), "index.html")));
                Assert.NotNull(card.QuerySelector("#device [data-device-forget]"));
            }
        }
    }

    [Fact]
    public async Task The_card_the_phrase_bank_and_the_meeting_view_have_no_violations_in_both_themes()
    {
        Requires.Axe();
        var problems = new List<string>();
        foreach (var (name, options) in new[] { ("phone", ThemeSite.Phone), ("desktop", ThemeSite.Desktop) })
        {
            foreach (var theme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                await using var reader = await ReaderSession.OpenAsync(site, chromium, "en/", options: new(options) { ColorScheme = theme });
                await AccessibilityTests.UseAxe(reader.Page.Context);
                var label = $"{name} {theme}";
                await reader.FillWorksheetAsync("en/worksheets/w2-three-three/", new Dictionary<string, string> { ["ws-w2-proud_r1_result"] = "Launched a week early" });
                await reader.StarAsync("en", 2);
                await reader.Page.Locator("[data-phrase-words]").FillAsync("restat");
                problems.AddRange((await AccessibilityTests.Axe(reader.Page)).Select(v => $"{label} phrase bank filtered and starred: {v}"));

                await reader.GotoAsync("en/my-card/");
                await reader.Page.ClickAsync("[data-device-forget]");
                problems.AddRange((await AccessibilityTests.Axe(reader.Page)).Select(v => $"{label} card with the forget question: {v}"));
                await reader.Page.ClickAsync("[data-device-forget-no]");
                await reader.Page.ClickAsync("[data-card-meeting]");
                problems.AddRange((await AccessibilityTests.Axe(reader.Page)).Select(v => $"{label} meeting view: {v}"));
                Assert.Empty(reader.Problems);
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} violations:\n" + string.Join('\n', problems.Distinct().Take(100)));
    }

    /// <summary>Every way a page's script could send something: fetch, XHR, beacons, sockets, event streams, peer connections, form submits.</summary>
    [GeneratedRegex(@"\bfetch\s*\(|XMLHttpRequest|sendBeacon|\bWebSocket\b|\bEventSource\b|RTCPeerConnection|\.submit\s*\(|\bimport\s*\(")]
    private static partial Regex Network();

    [GeneratedRegex(@"<form[\s>]")]
    private static partial Regex FormElement();

    [GeneratedRegex(@"@\*.*?\*@", RegexOptions.Singleline)]
    private static partial Regex RazorComment();
}
