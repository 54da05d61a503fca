using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace Guide.Rendering;

/// <summary>
/// Images (the guide's diagrams) inside a link to the image itself, so a tap or click opens it full size:
/// <c>site.js</c> shows it in a viewer, and without script the browser opens the file.
/// </summary>
internal sealed class ImageRenderer(LinkInlineRenderer plain, string hint) : HtmlObjectRenderer<LinkInline>
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        // An image that is already a link keeps that link; a link cannot hold another.
        if (!link.IsImage || link.Url is null || InsideLink(link))
        {
            plain.Write(renderer, link);
            return;
        }
        renderer.Write("<a class=\"diagram\" href=\"").WriteEscapeUrl(link.Url).Write("\">");
        plain.Write(renderer, link);
        // Says the image opens larger (on a phone it is also wider than the screen), and names the link with the alt text.
        renderer.Write("<span class=\"diagram-hint\">").WriteEscape(hint).Write("</span></a>");
    }

    private static bool InsideLink(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline { IsImage: false })
            {
                return true;
            }
        }
        return false;
    }
}
