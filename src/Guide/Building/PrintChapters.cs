using Guide.Markdown;
using Guide.Rendering;

namespace Guide.Building;

/// <summary>
/// A page's chapter in each print edition of its language that holds it, rendered from the page's syntax tree
/// (<see cref="ChapterForm"/>): its ids get the chapter's prefix, its headings move one level down (the
/// chapter's title is an h2), and its links and images are re-based for each edition. The editions differ only
/// where a link or image does, so a chapter whose links and images read the same in two editions is rendered
/// once for both.
/// </summary>
public static class PrintChapters
{
    /// <summary>
    /// The content of <paramref name="document"/>'s chapter in each edition that holds it, whose page renders to <paramref name="body"/>; <paramref name="render"/>
    /// renders its tree in a chapter's form, and is called only when the memo does not have the chapters.
    /// </summary>
    public static List<(PrintEdition Edition, string Content)> Of(IReadOnlyList<PrintEdition> editions, PageDocument document, string body, BuildMemo memo,
        Func<ChapterForm, string> render)
    {
        var holding = editions.Where(e => e.Holds(document)).ToList();
        if (holding.Count == 0)
        {
            return [];
        }
        // The body stands for everything the chapter is rendered from: the tree, the links' targets and the words.
        var contents = memo.Get("chapter", $"{document.Page.Lang}/{document.Page.RelativePath}",
            () => BuildMemo.Key([.. holding.Select(e => e.Key), document.Page.RelativePath, body]), () => Contents(holding, document, render));
        return [.. holding.Select((e, i) => (e, contents[i]))];
    }

    private static string[] Contents(List<PrintEdition> editions, PageDocument document, Func<ChapterForm, string> render)
    {
        var prefix = PrintEdition.ChapterId(document) + "--";
        var pageUrl = document.Page.Url;
        var contents = new string[editions.Count];
        // The links and images the last rendering wrote, as the page writes them, and what it made of them.
        List<(bool Image, string Url, string Written)>? written = null;
        for (var i = 0; i < editions.Count; i++)
        {
            var edition = editions[i];
            string Link(string url) => edition.Retarget(url, pageUrl, prefix);
            string Image(string url) => edition.Rebase(url, pageUrl);
            if (written is not null && written.All(w => (w.Image ? Image(w.Url) : Link(w.Url)) == w.Written))
            {
                contents[i] = contents[i - 1];
                continue;
            }
            var now = new List<(bool, string, string)>();
            contents[i] = render(new ChapterForm(prefix,
                url => Noted(now, false, url, Link(url)),
                url => Noted(now, true, url, Image(url))));
            written = now;
        }
        return contents;
    }

    private static string Noted(List<(bool, string, string)> written, bool image, string url, string result)
    {
        written.Add((image, url, result));
        return result;
    }
}
