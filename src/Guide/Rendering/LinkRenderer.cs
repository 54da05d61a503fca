using Guide.Content;
using Guide.Markdown;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace Guide.Rendering;

/// <summary>
/// Links as Markdig writes them (their URLs rewritten by <see cref="HtmlRenderer.LinkRewriter"/>), with two
/// differences. Images (the guide's diagrams) sit inside a link to the image itself, so a tap or click opens
/// it full size: <c>site.js</c> shows it in a viewer, and without script the browser opens the file. A link
/// to a rehearsal carries a class, so the theme shows it as an invitation to practise, not as one more reference.
/// An <paramref name="image"/> rewriter, when given, writes the images' own addresses in place of the link rewriter
/// (a print chapter re-bases an image where it may retarget a link).
/// </summary>
internal sealed class LinkRenderer(LinkInlineRenderer plain, string hint, Func<string, string>? image = null) : HtmlObjectRenderer<LinkInline>
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (!link.IsImage && link.Url is { } url && LinkCheck.IsRehearsal(url))
        {
            WriteRehearsalLink(renderer, link, url);
            return;
        }
        // An image that is already a link keeps that link; a link cannot hold another.
        if (!link.IsImage || link.Url is null || InsideLink(link))
        {
            WritePlain(renderer, link);
            return;
        }
        renderer.Write("<a class=\"diagram\" href=\"").WriteEscapeUrl(link.Url).Write("\">");
        WritePlain(renderer, link);
        // Says the image opens larger (on a phone it is also wider than the screen), and names the link with the alt text.
        renderer.Write("<span class=\"diagram-hint\">").WriteEscape(hint).Write("</span></a>");
    }

    private void WritePlain(HtmlRenderer renderer, LinkInline link)
    {
        if (link.IsImage && image is not null)
        {
            ChapterRenderers.WithRewriter(renderer, image, () => plain.Write(renderer, link));
            return;
        }
        plain.Write(renderer, link);
    }

    private static void WriteRehearsalLink(HtmlRenderer renderer, LinkInline link, string url)
    {
        var attributes = new HtmlAttributes();
        link.TryGetAttributes()?.CopyTo(attributes);
        attributes.AddClass(RehearsalLink.CssClass);
        renderer.Write("<a href=\"").WriteEscapeUrl(url).Write('"').WriteAttributes(attributes);
        if (!string.IsNullOrEmpty(link.Title))
        {
            renderer.Write(" title=\"").WriteEscape(link.Title).Write('"');
        }
        renderer.Write('>');
        renderer.WriteChildren(link);
        renderer.Write("</a>");
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
