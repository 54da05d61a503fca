using Guide.Content;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Guide.Markdown;

/// <summary>
/// A page parsed into Markdig's syntax tree, with its headings. Links are rewritten in place on this
/// tree once every page is parsed, because a link's anchor can only be checked against its target's headings.
/// </summary>
public sealed class PageDocument
{
    private PageDocument(Page page, MarkdownDocument syntax, IReadOnlyList<Heading> headings)
    {
        Page = page;
        Syntax = syntax;
        Headings = headings;
    }

    public Page Page { get; }

    public MarkdownDocument Syntax { get; }

    public IReadOnlyList<Heading> Headings { get; }

    public bool HasAnchor(string id) => Headings.Any(h => h.Id == id);

    public static PageDocument Parse(Page page)
    {
        var syntax = Markdig.Markdown.Parse(page.Body, GuideMarkdown.Pipeline);
        var headings = syntax.Descendants<HeadingBlock>()
            .Select(h => new Heading(h.Level, PlainText(h.Inline), h.GetAttributes().Id ?? "", page.BodyLine + h.Line))
            .ToList();
        return new PageDocument(page, syntax, headings);
    }

    internal static string PlainText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }
        var text = new System.Text.StringBuilder();
        foreach (var child in inline.Descendants())
        {
            switch (child)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
            }
        }
        return text.ToString();
    }
}
