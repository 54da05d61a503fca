using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Guide.Markdown;

namespace Guide.Building;

/// <summary>
/// A page's chapter in each print edition of its language that holds it, from one parse of its body: its
/// ids get the chapter's prefix, its headings move one level down (the chapter's title is an h2), and its
/// links and images are re-based for each edition. The editions differ only where a link or image does,
/// so a chapter whose links and images read the same in two editions is written out once for both.
/// </summary>
public static class PrintChapters
{
    public static List<(PrintEdition Edition, string Chapter)> Of(IReadOnlyList<PrintEdition> editions, PageDocument document, string body, BuildMemo memo)
    {
        var holding = editions.Where(e => e.Holds(document)).ToList();
        if (holding.Count == 0)
        {
            return [];
        }
        var contents = memo.Get("chapter", $"{document.Page.Lang}/{document.Page.RelativePath}",
            () => BuildMemo.Key([.. holding.Select(e => e.Key), document.Page.RelativePath, body]), () => Contents(holding, document, body));
        return [.. holding.Select((e, i) => (e, e.Chapter(document, contents[i])))];
    }

    private static string[] Contents(List<PrintEdition> editions, PageDocument document, string body)
    {
        var container = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body></body></html>").Body!;
        container.InnerHtml = body;
        var prefix = PrintEdition.ChapterId(document) + "--";
        foreach (var element in container.QuerySelectorAll("[id]").ToList())
        {
            element.Id = prefix + element.Id;
        }
        LowerHeadings(container);
        var links = container.QuerySelectorAll("a[href]").Select(a => (Element: a, Name: "href", Value: a.GetAttribute("href")!));
        var images = container.QuerySelectorAll("[src]").Select(i => (Element: i, Name: "src", Value: i.GetAttribute("src")!));
        var targets = links.Concat(images).ToList();
        var contents = new string[editions.Count];
        List<string>? previous = null;
        for (var i = 0; i < editions.Count; i++)
        {
            var edition = editions[i];
            var values = targets.Select(t => t.Name == "href" ? edition.Retarget(t.Value, document.Page.Url, prefix) : edition.Rebase(t.Value, document.Page.Url)).ToList();
            if (previous is not null && values.SequenceEqual(previous))
            {
                contents[i] = contents[i - 1];
                continue;
            }
            for (var t = 0; t < targets.Count; t++)
            {
                targets[t].Element.SetAttribute(targets[t].Name, values[t]);
            }
            contents[i] = container.InnerHtml;
            previous = values;
        }
        return contents;
    }

    /// <summary>h2 → h3 and so on, deepest first, each with its attributes and content.</summary>
    private static void LowerHeadings(IElement container)
    {
        foreach (var heading in container.QuerySelectorAll("h2, h3, h4, h5").Reverse().ToList())
        {
            var level = heading.LocalName[1] - '0';
            var lower = container.Owner!.CreateElement("h" + (level + 1));
            foreach (var attribute in heading.Attributes)
            {
                lower.SetAttribute(attribute.Name, attribute.Value);
            }
            lower.InnerHtml = heading.InnerHtml;
            heading.Replace(lower);
        }
    }
}
