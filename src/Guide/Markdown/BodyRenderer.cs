using Markdig.Renderers;

namespace Guide.Markdown;

/// <summary>Renders a page's (rewritten) syntax tree to the HTML of its body.</summary>
public static class BodyRenderer
{
    public static string Render(PageDocument document)
    {
        var writer = new StringWriter();
        // Markdig percent-encodes non-ASCII URLs by default; literal Chinese anchors match the ids the
        // table of contents uses and stay readable in the HTML.
        var renderer = new HtmlRenderer(writer) { UseNonAsciiNoEscape = true };
        GuideMarkdown.Pipeline.Setup(renderer);
        Rendering.GuideHtmlRenderers.Use(renderer, document.Page);
        // Parsing stops at MaxDepth; callouts add a label inside their container, so rendering allows more.
        renderer.MaximumNestingDepth = MarkdownNesting.MaxDepth * 2;
        renderer.Render(document.Syntax);
        writer.Flush();
        return writer.ToString();
    }
}
