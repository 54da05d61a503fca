using Guide.Content;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;

namespace Guide.Rendering;

/// <summary>The theme's own renderers for parts of a page body: checklists, images that open full size, tables without empty headers.</summary>
public static class GuideHtmlRenderers
{
    /// <summary>Replaces Markdig's list and link renderers on a renderer set up for <paramref name="page"/>.</summary>
    public static void Use(HtmlRenderer renderer, Page page)
    {
        // The pipeline's own renderers are kept and handed everything else, with whatever the pipeline set on them.
        var lists = renderer.ObjectRenderers.FindExact<ListRenderer>() ?? new ListRenderer();
        var links = renderer.ObjectRenderers.FindExact<LinkInlineRenderer>() ?? new LinkInlineRenderer();
        renderer.ObjectRenderers.Replace<ListRenderer>(new ChecklistRenderer(page, ThemeResources.Text(page.Lang), lists));
        renderer.ObjectRenderers.Replace<LinkInlineRenderer>(new ImageRenderer(links, ThemeResources.Text(page.Lang)["enlarge"]));
        if (renderer.ObjectRenderers.FindExact<HtmlTableRenderer>() is { } tables)
        {
            renderer.ObjectRenderers.Replace<HtmlTableRenderer>(new TableRenderer(tables));
        }
    }
}
