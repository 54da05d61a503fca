using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Guide.Building;
using Guide.Hosting;

namespace Guide.Tests.Building;

/// <summary>
/// A page as a chapter of a print edition says what its page says, inside the edition: every id it writes
/// (headings, footnotes, a table's or a paragraph's own id) carries the chapter's prefix, so two pages that use
/// the same ids stay apart; its headings sit below the chapter's title; a link to a page of the edition leads
/// to that chapter, a link to a page the edition leaves out leads to the page, and images and e-mail addresses
/// still work from the edition's folder.
/// </summary>
public class PrintChapterTests
{
    private static string Body(string other) => $$"""
        Read [the other page]({{other}}#shared-words) and write to <hr@example.com>.[^1]

        ## Shared words

        {#facts}
        | Measure | Result |
        |---|---|
        | sales | 70% |

        A paragraph with its own id. {#note}

        ![The timeline](../../assets/timeline.svg)

        ### Deeper

        ##### Deepest but one

        ###### Deepest

        [^1]: A footnote that leads [back up](#shared-words).

        """;

    private static Dictionary<string, string> Files()
    {
        var files = new Dictionary<string, string>
        {
            ["input/assets/timeline.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"></svg>",
        };
        foreach (var lang in new[] { "zh-CN", "en" })
        {
            files[$"input/{lang}/index.md"] = "---\ntitle: Home\n---\n\nStart with [the employee's page](s/mine.md).\n";
            files[$"input/{lang}/s/index.md"] = "---\ntitle: Section\n---\n\nTwo pages.\n";
            files[$"input/{lang}/s/mine.md"] = "---\ntitle: Mine\norder: 1\naudience: employee\n---\n\n" + Body("theirs.md");
            files[$"input/{lang}/s/theirs.md"] = "---\ntitle: Theirs\norder: 2\naudience: manager\n---\n\n" + Body("mine.md");
        }
        return files;
    }

    [Fact]
    public void Chapters_keep_their_ids_apart_and_their_links_inside_the_edition()
    {
        using var site = new FixtureSite(Files());
        var result = Publisher.Build(site.Options(), NoProgress.Instance);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        foreach (var edition in new[] { "en/print/", "en/print/employee/", "zh-CN/print/manager/" })
        {
            var html = Open(site, edition);
            var ids = html.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
            Assert.Empty(ids.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => $"{edition}: id '{g.Key}' {g.Count()} times"));
            var anchors = html.QuerySelectorAll(".print-chapter a[href^='#']").Select(a => Uri.UnescapeDataString(a.GetAttribute("href")![1..])).ToList();
            Assert.Empty(anchors.Where(a => !ids.Contains(a)).Select(a => $"{edition}: #{a} leads nowhere"));
            // Both footnote marks, both ways back and both "back up" links, in each chapter of the edition.
            Assert.True(anchors.Count >= 3 * html.QuerySelectorAll(".print-chapter").Count(c => c.Id is "p-s-mine" or "p-s-theirs"), edition);
        }

        var whole = Open(site, "en/print/");
        var mine = whole.GetElementById("p-s-mine")!;
        Assert.Equal(["p-s-mine--facts", "p-s-mine--note", "p-s-mine--fn:1"], new[] { "table", "p[id]", "li[id^='p-s-mine--fn']" }.Select(s => mine.QuerySelector(s)!.Id!));
        Assert.Equal(["H2", "H3", "H4", "H6", "H6"], mine.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.TagName));
        Assert.Equal("#p-s-theirs--shared-words", mine.QuerySelector("p a")!.GetAttribute("href"));
        Assert.Equal("mailto:hr@example.com", mine.QuerySelector("a[href^='mailto:']")!.GetAttribute("href"));
        Assert.Equal("../../assets/timeline.svg", mine.QuerySelector("img")!.GetAttribute("src"));
        Assert.Equal("../../assets/timeline.svg", mine.QuerySelector("a.diagram")!.GetAttribute("href"));

        // The employee's edition leaves the manager's page out: the link leads to that page itself.
        var employee = Open(site, "en/print/employee/").GetElementById("p-s-mine")!;
        Assert.Equal("../../s/theirs/#shared-words", employee.QuerySelector("p a")!.GetAttribute("href"));
        Assert.Equal("../../../assets/timeline.svg", employee.QuerySelector("img")!.GetAttribute("src"));
        Assert.True(File.Exists(Path.GetFullPath(Path.Combine(site.Output, "en/print/employee/", "../../../assets/timeline.svg"))));
    }

    private static IDocument Open(FixtureSite site, string url) =>
        new HtmlParser().ParseDocument(site.ReadOutput(url + "index.html"));
}
