using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace Guide.Markdown;

/// <summary>The one Markdig pipeline every page goes through, built once and shared (it is immutable).</summary>
public static class GuideMarkdown
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        // Must come before UseAdvancedExtensions: that registers the default identifiers, which
        // strip non-ASCII and would give every Chinese heading the same id "section".
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseAdvancedExtensions()
        // Editors write Markdown only; raw HTML would let content carry scripts and styles.
        .DisableHtml()
        .Build();
}
