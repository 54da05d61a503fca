namespace Guide.Markdown;

/// <summary>
/// How deep a page's Markdown may nest (quotes in quotes, lists in lists, emphasis in emphasis). Markdig
/// stops at its own limit with an exception that names no line; this finds the line to show.
/// </summary>
public static class MarkdownNesting
{
    /// <summary>Far beyond any real page (the guide nests at most four levels), well within Markdig's own 128.</summary>
    public const int MaxDepth = 64;

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
