using Guide.Content;
using Guide.Markdown;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Guide.Checking;

/// <summary>
/// One stretch of the words a reader sees (a paragraph, a heading, a table cell, the title), with a
/// way back from a character to its file position. Markdig splits a paragraph's text at emphasis
/// and links, so a run joins those pieces: “上**级**” is still found as 上级.
/// </summary>
public sealed class TextRun
{
    private readonly List<(int Start, int Line, int Column)> _pieces;

    private TextRun(string text, List<(int Start, int Line, int Column)> pieces)
    {
        Text = text;
        _pieces = pieces;
    }

    public string Text { get; }

    /// <summary>The 1-based file line and column of the character at <paramref name="index"/> in <see cref="Text"/>.</summary>
    public (int Line, int Column) PositionOf(int index)
    {
        var piece = _pieces.FindLast(p => p.Start <= index);
        return (piece.Line, piece.Column + index - piece.Start);
    }

    internal static TextRun Single(string text, int line) => new(text, [(0, line, 1)]);

    internal sealed class Builder
    {
        private readonly System.Text.StringBuilder _text = new();
        private readonly List<(int, int, int)> _pieces = [];

        public bool IsEmpty => _text.Length == 0;

        public void Add(string text, int line, int column)
        {
            _pieces.Add((_text.Length, line, column));
            _text.Append(text);
        }

        /// <summary>Code spans and line breaks end a word: a term never matches across them.</summary>
        public void Break() => _text.Append('\n');

        public TextRun Build() => new(_text.ToString(), [.. _pieces]);
    }
}

/// <summary>
/// The reader-visible text of a page as <see cref="TextRun"/>s: the title and summary from the front
/// matter, then every paragraph, heading, table cell and image description of the body. Code, link targets
/// and image addresses are not prose, so they are left out.
/// </summary>
public static class PageText
{
    public static IEnumerable<TextRun> Of(PageDocument document)
    {
        var page = document.Page;
        yield return TextRun.Single(page.Meta.Title, FrontMatterLines.Of(page.SourcePath, "title"));
        if (page.Meta.Summary is { Length: > 0 } summary)
        {
            yield return TextRun.Single(summary, FrontMatterLines.Of(page.SourcePath, "summary"));
        }
        foreach (var leaf in document.Syntax.Descendants<LeafBlock>())
        {
            if (leaf.Inline is { } inline && Run(inline, page.BodyLine) is { } run)
            {
                yield return run;
            }
        }
    }

    private static TextRun? Run(ContainerInline inline, int bodyLine)
    {
        var run = new TextRun.Builder();
        foreach (var child in inline.Descendants())
        {
            switch (child)
            {
                case LiteralInline literal:
                    run.Add(literal.Content.ToString(), bodyLine + literal.Line, literal.Column + 1);
                    break;
                case CodeInline or LineBreakInline:
                    run.Break();
                    break;
            }
        }
        return run.IsEmpty ? null : run.Build();
    }
}
