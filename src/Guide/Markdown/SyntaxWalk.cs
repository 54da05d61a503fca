using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Guide.Markdown;

/// <summary>
/// A page's tree, every block and inline in the order of Markdig's <c>Descendants()</c>, walked directly: its
/// nested iterators were most of what a check of every node cost on every page. The tree must be known to be
/// shallow (<see cref="PageDocument.TryParse"/> refuses a deeper one), as the walk recurses.
/// </summary>
public static class SyntaxWalk
{
    /// <summary>Calls <paramref name="visit"/> for <paramref name="root"/> and everything below it.</summary>
    public static void Visit(MarkdownObject root, Action<MarkdownObject> visit)
    {
        visit(root);
        switch (root)
        {
            case ContainerBlock blocks:
                for (var i = 0; i < blocks.Count; i++)
                {
                    Visit(blocks[i], visit);
                }
                break;
            case LeafBlock { Inline: { } line }:
                Inlines(line, visit);
                break;
            case ContainerInline inlines:
                Inlines(inlines, visit);
                break;
        }
    }

    private static void Inlines(ContainerInline container, Action<MarkdownObject> visit)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            Visit(child, visit);
        }
    }
}
