using Guide.Content;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Guide.Markdown;

/// <summary>
/// Every link and image of a page checked against the site: images have alt text, targets exist and are
/// published, anchors are headings of their page, and only the kinds of link a page may carry are there.
/// A pass of its own, so rendering never reports and the tree is only read.
/// </summary>
public static class LinkCheck
{
    public static void Check(PageDocument document, LinkResolver links, DiagnosticBag diagnostics)
    {
        var page = document.Page;
        // One walk for both kinds of link: each walk of a page's tree visits every node.
        SyntaxWalk.Visit(document.Syntax, node =>
        {
            switch (node)
            {
                case LinkInline { Url: { } url } link:
                    var position = (Line: page.BodyLine + link.Line, Column: link.Column + 1);
                    if (link.IsImage && PageDocument.PlainText(link).Trim().Length == 0)
                    {
                        diagnostics.Add(Diagnostic.Error(page.SourcePath, position.Line, position.Column, DiagnosticCodes.ImageWithoutAlt,
                            $"the image '{url}' has no alt text; describe what it shows between the brackets: ![what it shows]({url})"));
                    }
                    links.Resolve(document, url, link.IsImage, position, diagnostics);
                    break;
                // <https://…> and <name@example.org> written in angle brackets.
                case AutolinkInline { IsEmail: false } autolink when LinkSchemes.Problem(autolink.Url) is { } problem:
                    diagnostics.Add(Diagnostic.Error(page.SourcePath, page.BodyLine + autolink.Line, autolink.Column + 1, DiagnosticCodes.UnsafeLink, problem));
                    break;
            }
        });
    }

    /// <summary>True for a link written as <c>rehearsal:ID</c>, which the theme shows as an invitation to practise.</summary>
    public static bool IsRehearsal(string url) => url.StartsWith(RehearsalLink.Scheme, StringComparison.OrdinalIgnoreCase);
}
