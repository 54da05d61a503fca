using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Guide.Tests.Theme;

/// <summary>
/// The print editions of the real guide read as books: one per audience and the whole, chapters above
/// their own headings, cross-references that stay inside the edition, unique ids; and printed by
/// Chromium, the guide's title on each sheet and no heading stranded at the foot of one.
/// </summary>
public sealed class PrintEditionTests(ThemeSite site, Chromium chromium)
{
    private static readonly string[] Editions = ["", "employee/", "manager/"];

    [Fact]
    public void Each_edition_has_unique_ids_and_keeps_its_cross_references_inside_it()
    {
        foreach (var lang in new[] { "zh-CN", "en" })
        {
            foreach (var edition in Editions)
            {
                var name = $"{lang}/print/{edition}";
                var html = Open(name);
                var ids = html.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
                var chapters = html.QuerySelectorAll("section.print-chapter").ToList();
                var chapterIds = chapters.Select(c => c.Id!).ToHashSet();

                Assert.Empty(ids.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => $"{name}: id '{g.Key}' {g.Count()} times"));
                var anchors = html.QuerySelectorAll(".content a[href^='#']").Select(a => Uri.UnescapeDataString(a.GetAttribute("href")![1..])).ToList();
                Assert.Empty(anchors.Where(a => a.Length > 0 && !ids.Contains(a)).Select(a => $"{name}: #{a} leads nowhere"));
                // A link from a chapter to a page that is itself a chapter of this edition must stay in the edition.
                var outward = chapters.SelectMany(c => c.QuerySelectorAll("a[href]"))
                    .Select(a => a.GetAttribute("href")!)
                    .Where(h => !h.StartsWith('#') && !h.Contains(':', StringComparison.Ordinal))
                    .Select(h => Target(name, h))
                    .Where(t => t.StartsWith(lang + "/", StringComparison.Ordinal) && ChapterOf(t[(lang.Length + 1)..]).Any(chapterIds.Contains))
                    .ToList();
                Assert.True(outward.Count == 0, $"{name}: links leave the edition for its own pages: {string.Join(", ", outward.Distinct().Take(5))}");
                Assert.True(anchors.Count > 30, $"{name}: only {anchors.Count} links inside the edition");
            }
        }
    }

    [Fact]
    public void Chapters_sit_above_their_headings_and_each_audience_gets_its_own_pages()
    {
        var whole = Open("zh-CN/print/");
        var employee = Open("zh-CN/print/employee/");
        var manager = Open("zh-CN/print/manager/");

        foreach (var chapter in whole.QuerySelectorAll("section.print-chapter"))
        {
            var headings = chapter.QuerySelectorAll("h1, h2, h3, h4, h5, h6").ToList();
            Assert.Equal("H2", headings[0].TagName);
            Assert.DoesNotContain(headings.Skip(1), h => h.TagName is "H1" or "H2");
        }
        var all = Chapters(whole);
        Assert.Contains("p-managers-nine-steps", all);
        Assert.Contains("p-before-checklist", all);
        Assert.Contains("p-before-checklist", Chapters(employee));
        Assert.DoesNotContain("p-managers-nine-steps", Chapters(employee));
        Assert.Contains("p-managers-nine-steps", Chapters(manager));
        Assert.DoesNotContain("p-before-checklist", Chapters(manager));
        Assert.Contains("p-glossary-index", Chapters(employee).Intersect(Chapters(manager)));
        Assert.Equal(all.Count, Chapters(employee).Union(Chapters(manager)).Count());
    }

    [Fact]
    public async Task Printed_sheets_carry_the_guides_title_and_never_end_on_a_heading()
    {
        Requires.Chromium();
        foreach (var (lang, title) in new[] { ("zh-CN", "绩效面谈指南"), ("en", "The Review Conversation Guide") })
        {
            await using var context = await chromium.NewContextAsync();
            var page = await context.NewPageAsync();
            await page.GotoAsync(new Uri(site.Root, $"{lang}/print/").AbsoluteUri);
            var pdf = Path.Combine(site.Scratch, $"print-{lang}.pdf");
            await page.PdfAsync(new() { Path = pdf, Format = "A4", PreferCSSPageSize = true });
            var headings = (await page.EvaluateAsync<string[]>("[...document.querySelectorAll('.content h2, .content h3, .content h4, .content h5')].map(h => h.textContent.trim())")).ToHashSet();

            var sheets = PdfText(pdf).Split('\f').Select(Lines).Where(l => l.Count > 0).ToList();

            Assert.True(sheets.Count > 30, $"{lang}: {sheets.Count} sheets");
            Assert.DoesNotContain(title, sheets[0][0]);
            var untitled = sheets.Skip(1).Select((s, i) => (Sheet: i + 2, First: s[0])).Where(s => s.First != title).ToList();
            Assert.True(untitled.Count == 0, $"{lang}: sheets without the running title: {string.Join("; ", untitled.Take(5))}");
            // The page number is at the foot; text drawn in a diagram may come after it in pdftotext's reading order.
            var numbers = sheets.Select((s, i) => s.FindLastIndex(l => l == (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
            Assert.True(numbers.All(n => n > 0), $"{lang}: sheets without their number: {string.Join(", ", numbers.Select((n, i) => (n, i + 1)).Where(x => x.n <= 0).Select(x => x.Item2))}");
            // The last line above the page number must not be a heading.
            var stranded = sheets.Select((s, i) => (Sheet: i + 1, Last: s[numbers[i] - 1])).Where(s => headings.Contains(s.Last)).ToList();
            Assert.True(stranded.Count == 0, $"{lang}: headings at the foot of a sheet: {string.Join("; ", stranded)}");
        }
    }

    private IDocument Open(string url) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Guide.Served, url, "index.html")));

    private static HashSet<string> Chapters(IDocument html) =>
        [.. html.QuerySelectorAll("section.print-chapter").Select(c => c.Id!)];

    /// <summary>The chapter ids a page's address (below its language) may have: <c>before/checklist/</c> is <c>p-before-checklist</c>, a section <c>p-before-index</c>.</summary>
    private static IEnumerable<string> ChapterOf(string url)
    {
        var path = url.Trim('/').Replace('/', '-');
        yield return path.Length == 0 ? "p-index" : "p-" + path;
        yield return path.Length == 0 ? "p-index" : $"p-{path}-index";
    }

    /// <summary>A relative link on the edition page <paramref name="from"/> as an address below the root, without its anchor.</summary>
    private static string Target(string from, string href)
    {
        var resolved = new Uri(new Uri("http://site/" + from), href).AbsolutePath.TrimStart('/');
        return Uri.UnescapeDataString(resolved.EndsWith("index.html", StringComparison.Ordinal) ? resolved[..^"index.html".Length] : resolved);
    }

    private static List<string> Lines(string sheet) =>
        [.. sheet.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    private static string PdfText(string pdf)
    {
        var run = Processes.Run("pdftotext", ["-enc", "UTF-8", pdf, "-"]);
        Assert.True(run.ExitCode == 0, "pdftotext failed; install poppler-utils");
        return run.Stdout;
    }
}
