using Guide.Rendering;
using Guide.Theme.Model;
using Markdig.Renderers;

namespace Guide.Markdown;

/// <summary>Renders a page's syntax tree, as parsed, to the HTML of its body, or of its chapter in a print edition.</summary>
public static class BodyRenderer
{
    public static string Render(PageDocument document, LinkResolver links, UiText text, ChapterForm? chapter = null)
    {
        var html = new StringWriter();
        TextWriter writer = chapter is null ? html : new ChapterIdWriter(html, chapter.IdPrefix);
        // Markdig percent-encodes non-ASCII URLs by default; literal Chinese anchors match the ids the
        // table of contents uses and stay readable in the HTML.
        var renderer = new HtmlRenderer(writer) { UseNonAsciiNoEscape = true };
        GuideMarkdown.Pipeline.Setup(renderer);
        GuideHtmlRenderers.Use(renderer, document, links, text, chapter);
        // Parsing is held to MaxDepth (MarkdownNesting); rendering must never be what stops a page that parsed.
        renderer.MaximumNestingDepth = MarkdownNesting.MaxDepth * 2;
        renderer.Render(document.Syntax);
        writer.Flush();
        return html.ToString();
    }
}
