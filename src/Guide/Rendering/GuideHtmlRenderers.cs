using Guide.Markdown;
using Guide.Theme.Model;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;

namespace Guide.Rendering;

/// <summary>
/// The theme's own renderers for parts of a page body: links rewritten to output addresses, checklists,
/// callouts with their label, images that open full size, tables without empty headers. Nothing here
/// changes the syntax tree, so the same tree can be indexed and rendered again.
/// </summary>
public static class GuideHtmlRenderers
{
    /// <summary>
    /// Sets up a renderer for <paramref name="document"/>, whose links <paramref name="links"/> resolves: for its
    /// page, or as its <paramref name="chapter"/> in a print edition.
    /// </summary>
    public static void Use(HtmlRenderer renderer, PageDocument document, LinkResolver links, UiText text, ChapterForm? chapter = null)
    {
        string PageLink(string url) => links.Rewrite(document, url);
        renderer.LinkRewriter = PageLink;
        // The pipeline's own renderers are kept and handed everything else, with whatever the pipeline set on them.
        var lists = renderer.ObjectRenderers.FindExact<ListRenderer>() ?? new ListRenderer();
        var plainLinks = renderer.ObjectRenderers.FindExact<LinkInlineRenderer>() ?? new LinkInlineRenderer();
        renderer.ObjectRenderers.Replace<ListRenderer>(new ChecklistRenderer(document.Page, text, lists));
        var images = chapter is null ? null : new Func<string, string>(url => chapter.Image(PageLink(url)));
        renderer.ObjectRenderers.Replace<LinkInlineRenderer>(new LinkRenderer(plainLinks, text["enlarge"], images));
        if (renderer.ObjectRenderers.FindExact<HtmlCustomContainerRenderer>() is { } containers)
        {
            renderer.ObjectRenderers.Replace<HtmlCustomContainerRenderer>(new CalloutRenderer(text, containers));
        }
        if (renderer.ObjectRenderers.FindExact<HtmlTableRenderer>() is { } tables)
        {
            renderer.ObjectRenderers.Replace<HtmlTableRenderer>(new TableRenderer(tables));
        }
        if (chapter is not null)
        {
            ChapterRenderers.Use(renderer, chapter, PageLink);
        }
    }
}
