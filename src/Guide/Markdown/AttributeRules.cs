using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Guide.Markdown;

/// <summary>
/// Markdig's generic attributes (<c>{#id .class}</c> after a heading, a link or a block) would write any
/// attribute into the page as it is, <c>onclick</c> and <c>style</c> included. An id and classes are all a
/// page may give; anything else is refused where it is written.
/// </summary>
public static class AttributeRules
{
    /// <summary>True when the page gives no other attributes; otherwise each one is reported.</summary>
    public static bool Check(PageDocument document, DiagnosticBag diagnostics)
    {
        var clean = true;
        var page = document.Page;
        Visit(document.Syntax);
        return clean;

        // The page and everything in it, in the order of Markdig's Descendants(), walked directly: its iterators
        // were most of what checking cost on every page. Nesting is already known to be shallow (TryParse).
        void Visit(MarkdownObject node)
        {
            if (node.TryGetAttributes() is { Properties: { Count: > 0 } properties })
            {
                foreach (var property in properties)
                {
                    clean = false;
                    diagnostics.Add(Diagnostic.Error(page.SourcePath, page.BodyLine + node.Line, node.Column + 1, DiagnosticCodes.AttributeNotAllowed,
                        $"the attribute '{property.Key}' is not allowed; in {{ }} a page may give only an id (#name) and classes (.name)"));
                }
            }
            switch (node)
            {
                case ContainerBlock blocks:
                    for (var i = 0; i < blocks.Count; i++)
                    {
                        Visit(blocks[i]);
                    }
                    break;
                case LeafBlock { Inline: { } line }:
                    VisitInlines(line);
                    break;
                case ContainerInline inlines:
                    VisitInlines(inlines);
                    break;
            }
        }

        void VisitInlines(ContainerInline container)
        {
            for (var child = container.FirstChild; child is not null; child = child.NextSibling)
            {
                Visit(child);
            }
        }
    }
}
