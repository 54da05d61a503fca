using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Guide.Content;
using Guide.Search;

namespace Guide.Building;

/// <summary>
/// Splits a rendered page body at its h2/h3 headings into search documents, so a result can link
/// straight to the section that answers the reader's question.
/// </summary>
public static class SearchSections
{
    private static readonly HtmlParser Parser = new();

    public static IEnumerable<SearchDocument> Of(Page page, string bodyHtml, string pageUrl)
    {
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body>" + bodyHtml + "</body></html>");
        var summary = page.Meta.Summary ?? "";
        var heading = page.Meta.Title;
        var anchor = "";
        var text = new StringBuilder();
        foreach (var element in document.Body!.Children)
        {
            if (element.LocalName is "h2" or "h3" && element.Id is { Length: > 0 } id)
            {
                if (text.Length > 0 || anchor.Length == 0)
                {
                    yield return new SearchDocument(pageUrl + (anchor.Length > 0 ? "#" + anchor : ""), page.Meta.Title, heading, summary, text.ToString().Trim()) { Tags = page.Meta.Tags };
                }
                heading = element.TextContent.Trim();
                anchor = id;
                text.Clear();
                continue;
            }
            AppendText(element, text);
        }
        yield return new SearchDocument(pageUrl + (anchor.Length > 0 ? "#" + anchor : ""), page.Meta.Title, heading, summary, text.ToString().Trim()) { Tags = page.Meta.Tags };
    }

    private static void AppendText(IElement element, StringBuilder text)
    {
        // Callout labels ("What you can say") repeat on every page and would only add noise.
        foreach (var label in element.QuerySelectorAll(".callout-label").ToList())
        {
            label.Remove();
        }
        if (element.ClassList.Contains("callout-label"))
        {
            return;
        }
        foreach (var cell in element.QuerySelectorAll("td, th, li, p"))
        {
            cell.Append(element.Owner!.CreateTextNode(" "));
        }
        text.Append(element.TextContent.Trim()).Append('\n');
    }
}
