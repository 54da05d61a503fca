using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Guide.Rendering;

/// <summary>
/// The renderers that write a page's body as a chapter of a print edition (<see cref="ChapterForm"/>):
/// headings a level down, footnotes with the chapter's ids, and links and images for the edition.
/// </summary>
internal static class ChapterRenderers
{
    public static void Use(HtmlRenderer renderer, ChapterForm chapter, Func<string, string> pageLink)
    {
        renderer.LinkRewriter = url => chapter.Link(pageLink(url));
        renderer.ObjectRenderers.Replace<HeadingRenderer>(new ChapterHeadingRenderer());
        if (renderer.ObjectRenderers.FindExact<HtmlFootnoteGroupRenderer>() is { } group)
        {
            renderer.ObjectRenderers.Replace<HtmlFootnoteGroupRenderer>(new ChapterFootnotesRenderer(chapter.IdPrefix, group.GroupClass));
        }
        if (renderer.ObjectRenderers.FindExact<HtmlFootnoteLinkRenderer>() is { } links)
        {
            renderer.ObjectRenderers.Replace<HtmlFootnoteLinkRenderer>(new ChapterFootnoteLinkRenderer(chapter.IdPrefix, links));
        }
        var autolinks = renderer.ObjectRenderers.FindExact<AutolinkInlineRenderer>() ?? new AutolinkInlineRenderer();
        renderer.ObjectRenderers.Replace<AutolinkInlineRenderer>(new ChapterAutolinkRenderer(autolinks, pageLink));
    }

    /// <summary>Writes <paramref name="write"/> with <paramref name="rewriter"/> in place of the renderer's link rewriter.</summary>
    public static void WithRewriter(HtmlRenderer renderer, Func<string, string>? rewriter, Action write)
    {
        var saved = renderer.LinkRewriter;
        renderer.LinkRewriter = rewriter;
        try
        {
            write();
        }
        finally
        {
            renderer.LinkRewriter = saved;
        }
    }

    /// <summary>A heading as Markdig writes it, one level down: the chapter's title is the h2.</summary>
    private sealed class ChapterHeadingRenderer : HtmlObjectRenderer<HeadingBlock>
    {
        protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
        {
            var tag = "h" + ChapterForm.Level(heading.Level).ToString(System.Globalization.CultureInfo.InvariantCulture);
            renderer.Write('<').Write(tag).WriteAttributes(heading).Write('>');
            renderer.WriteLeafInline(heading);
            renderer.Write("</").Write(tag).WriteLine('>');
            renderer.EnsureLine();
        }
    }

    /// <summary>Footnotes as Markdig writes them, each with the chapter's prefix on its id.</summary>
    private sealed class ChapterFootnotesRenderer(string prefix, string groupClass) : HtmlObjectRenderer<FootnoteGroup>
    {
        protected override void Write(HtmlRenderer renderer, FootnoteGroup footnotes)
        {
            renderer.EnsureLine();
            renderer.Write("<div class=\"").WriteEscape(groupClass).WriteLine("\">");
            renderer.WriteLine("<hr />");
            renderer.WriteLine("<ol>");
            foreach (var footnote in footnotes.Cast<Footnote>())
            {
                renderer.Write("<li id=\"").WriteEscape(prefix).Write("fn:").Write(Number(footnote.Order)).WriteLine("\">");
                renderer.WriteChildren(footnote);
                renderer.WriteLine("</li>");
            }
            renderer.WriteLine("</ol>");
            renderer.WriteLine("</div>");
        }
    }

    /// <summary>A footnote's mark and its way back, as Markdig writes them, with the chapter's ids.</summary>
    private sealed class ChapterFootnoteLinkRenderer(string prefix, HtmlFootnoteLinkRenderer plain) : HtmlObjectRenderer<FootnoteLink>
    {
        protected override void Write(HtmlRenderer renderer, FootnoteLink link)
        {
            var order = Number(link.Footnote.Order);
            var index = Number(link.Index);
            if (link.IsBackLink)
            {
                renderer.Write("<a href=\"#").WriteEscape(prefix).Write("fnref:").Write(index)
                    .Write("\" class=\"").WriteEscape(plain.FootnoteBackLinkClass).Write("\">").Write(plain.BackLinkString).Write("</a>");
                return;
            }
            renderer.Write("<a id=\"").WriteEscape(prefix).Write("fnref:").Write(index)
                .Write("\" href=\"#").WriteEscape(prefix).Write("fn:").Write(order)
                .Write("\" class=\"").WriteEscape(plain.FootnoteLinkClass).Write("\"><sup>").Write(order).Write("</sup></a>");
        }
    }

    /// <summary>An e-mail address is <c>mailto:</c> in the page and in every edition alike.</summary>
    private sealed class ChapterAutolinkRenderer(AutolinkInlineRenderer plain, Func<string, string> pageLink) : HtmlObjectRenderer<AutolinkInline>
    {
        protected override void Write(HtmlRenderer renderer, AutolinkInline link)
        {
            if (link.IsEmail)
            {
                WithRewriter(renderer, pageLink, () => plain.Write(renderer, link));
                return;
            }
            plain.Write(renderer, link);
        }
    }

    private static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
