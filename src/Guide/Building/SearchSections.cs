using System.Text;
using Guide.Content;
using Guide.Markdown;
using Guide.Search;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Guide.Building;

/// <summary>
/// Splits a page at its h2/h3 headings into search documents, so a result can link straight to the
/// section that answers the reader's question. Works on the page's syntax tree as parsed (a callout's label
/// is only in the HTML), which is several times cheaper than parsing the rendered HTML again.
/// </summary>
public static class SearchSections
{
    public static IEnumerable<SearchDocument> Of(PageDocument document, string pageUrl)
    {
        var page = document.Page;
        var sections = new List<SearchDocument>();
        var heading = page.Meta.Title;
        var anchor = "";
        var text = new StringWriter();
        var plain = PlainText(text);

        void Flush() => sections.Add(new SearchDocument(
            pageUrl + (anchor.Length > 0 ? "#" + anchor : ""), page.Meta.Title, heading, page.Meta.Summary ?? "", Collapse(text.ToString()))
        { Tags = page.Meta.Tags });

        foreach (var block in document.Syntax)
        {
            if (block is HeadingBlock { Level: 2 or 3 } h && h.TryGetAttributes()?.Id is { Length: > 0 } id)
            {
                if (text.GetStringBuilder().Length > 0 || anchor.Length == 0)
                {
                    Flush();
                }
                heading = PageDocument.PlainText(h.Inline);
                anchor = id;
                text.GetStringBuilder().Clear();
                continue;
            }
            if (block is Markdig.Extensions.CustomContainers.CustomContainer callout)
            {
                // A callout's blocks one by one, as they were read when its label sat among them.
                foreach (var part in callout)
                {
                    plain.Render(part);
                    text.Write('\n');
                }
                continue;
            }
            plain.Render(block);
            text.Write('\n');
        }
        Flush();
        return sections;
    }

    /// <summary>Markdig's HTML renderer with HTML switched off writes plain text.</summary>
    private static HtmlRenderer PlainText(TextWriter writer)
    {
        var renderer = new HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        GuideMarkdown.Pipeline.Setup(renderer);
        return renderer;
    }

    private static string Collapse(string text)
    {
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = result.Length > 0;
                continue;
            }
            if (space)
            {
                result.Append(' ');
                space = false;
            }
            result.Append(c);
        }
        return result.ToString();
    }
}
