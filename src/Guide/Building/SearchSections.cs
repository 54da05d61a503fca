using System.Buffers;
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
            pageUrl + (anchor.Length > 0 ? "#" + anchor : ""), page.Meta.Title, heading, page.Meta.Summary ?? "", Collapse(text.GetStringBuilder()))
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

    /// <summary>The text with each run of white space made one space, none at the ends; read from the writer's buffer, not a copy of it.</summary>
    private static string Collapse(StringBuilder text)
    {
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        var length = 0;
        var space = false;
        foreach (var chunk in text.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (char.IsWhiteSpace(c))
                {
                    space = length > 0;
                    continue;
                }
                if (space)
                {
                    buffer[length++] = ' ';
                    space = false;
                }
                buffer[length++] = c;
            }
        }
        var collapsed = new string(buffer, 0, length);
        ArrayPool<char>.Shared.Return(buffer);
        return collapsed;
    }
}
