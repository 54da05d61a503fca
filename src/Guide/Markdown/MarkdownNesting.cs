namespace Guide.Markdown;

/// <summary>
/// How deep a page's Markdown may nest (quotes in quotes, lists in lists, emphasis in emphasis). Markdig
/// stops at its own limit with an exception that names no line; this finds the line to show.
/// </summary>
public static class MarkdownNesting
{
    /// <summary>Far beyond any real page (the guide nests at most four levels), well within Markdig's own 128.</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// Indentation no page needs: Markdig takes minutes over thousands of nested list levels before its
    /// own limit stops it, so a line indented this far is refused before parsing.
    /// </summary>
    public const int MaxIndent = MaxDepth * 4;

    /// <summary>The 1-based line of the first line indented more than <see cref="MaxIndent"/> columns, or 0.</summary>
    public static int OverIndentedLine(string body)
    {
        var line = 1;
        var column = 0;
        var leading = true;
        foreach (var c in body)
        {
            if (c == '\n')
            {
                (line, column, leading) = (line + 1, 0, true);
                continue;
            }
            if (!leading)
            {
                continue;
            }
            if (c is ' ' or '\t' or '>')
            {
                column += c == '\t' ? 4 : 1;
                if (column > MaxIndent)
                {
                    return line;
                }
            }
            else
            {
                leading = false;
            }
        }
        return 0;
    }

    /// <summary>How deep the syntax tree nests, blocks and inlines together, counted without recursion.</summary>
    public static int Depth(Markdig.Syntax.MarkdownObject root)
    {
        var deepest = 0;
        var pending = new Stack<(Markdig.Syntax.MarkdownObject Node, int Depth)>();
        pending.Push((root, 0));
        while (pending.TryPop(out var item))
        {
            deepest = Math.Max(deepest, item.Depth);
            switch (item.Node)
            {
                case Markdig.Syntax.ContainerBlock container:
                    foreach (var child in container)
                    {
                        pending.Push((child, item.Depth + 1));
                    }
                    break;
                case Markdig.Syntax.LeafBlock { Inline: { } inline }:
                    pending.Push((inline, item.Depth + 1));
                    break;
                case Markdig.Syntax.Inlines.ContainerInline inlines:
                    for (var child = inlines.FirstChild; child is not null; child = child.NextSibling)
                    {
                        pending.Push((child, item.Depth + 1));
                    }
                    break;
            }
        }
        return deepest;
    }

    /// <summary>True for the exception Markdig throws when a document nests deeper than its limit.</summary>
    public static bool IsDepthLimit(Exception e) =>
        e is ArgumentException && e.Message.Contains("too deeply nested", StringComparison.Ordinal);

    /// <summary>The 1-based line of the body that nests most, by the quote and list markers that open it and the longest run of emphasis or brackets in it.</summary>
    public static int DeepestLine(string body)
    {
        var lines = body.Split('\n');
        var best = (Line: 1, Score: -1);
        for (var i = 0; i < lines.Length; i++)
        {
            var score = Score(lines[i]);
            if (score > best.Score)
            {
                best = (i + 1, score);
            }
        }
        return best.Line;
    }

    private static int Score(string line)
    {
        var prefix = 0;
        var i = 0;
        while (i < line.Length && line[i] is ' ' or '\t' or '>' or '-' or '*' or '+')
        {
            prefix += line[i] == ' ' ? 1 : 2;
            i++;
        }
        var run = 0;
        var longest = 0;
        for (var j = i; j < line.Length; j++)
        {
            run = j > i && line[j] == line[j - 1] && line[j] is '*' or '_' or '~' or '[' or '(' ? run + 1 : 1;
            longest = Math.Max(longest, run);
        }
        return prefix + longest;
    }
}
