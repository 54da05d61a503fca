using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.MediaLinks;

namespace Guide.Markdown;

/// <summary>The one Markdig pipeline every page goes through, built once and shared (it is immutable).</summary>
public static class GuideMarkdown
{
    public static MarkdownPipeline Pipeline { get; } = Build();

    private static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder()
            // Must come before UseAdvancedExtensions: that registers the default identifiers, which
            // strip non-ASCII and would give every Chinese heading the same id "section".
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseAdvancedExtensions()
            // Editors write Markdown only; raw HTML would let content carry scripts and styles.
            .DisableHtml();
        // Media links turn an image of a video address into an <iframe> or <video> that loads from
        // another site; in the guide such a link stays a link.
        builder.Extensions.TryRemove<MediaLinkExtension>();
        builder.MaximumNestingDepth = MarkdownNesting.MaxDepth;
        return builder.Build();
    }
}
