using Guide.Content;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Guide.Markdown;

/// <summary>
/// A page parsed into Markdig's syntax tree, with its headings. The tree is never changed after parsing:
/// links are checked and rewritten, and callouts labelled, by passes and renderers that only read it, so the
/// same tree serves the checks, the search index and any number of renders.
/// </summary>
/// <remarks>
/// A one-off build of a large site cannot hold every page's tree (some 40 KB a page) until its page is laid
/// out, so it keeps the page's front matter and headings and drops the tree and the Markdown
/// (<see cref="WithoutSyntax"/>); the Markdown is read again from the page's file and parsed again, to the
/// same tree, where it is needed (<see cref="WithSyntax"/>).
/// </remarks>
public sealed class PageDocument
{
    private readonly MarkdownDocument? _syntax;

    private PageDocument(Page page, MarkdownDocument? syntax, IReadOnlyList<Heading> headings, bool hasFence)
    {
        Page = page;
        _syntax = syntax;
        Headings = headings;
        HasFence = hasFence;
    }

    public Page Page { get; }

    /// <summary>The tree as parsed; parsed again on every use when this document dropped it, so take <see cref="WithSyntax"/> first.</summary>
    public MarkdownDocument Syntax => _syntax ?? Markdig.Markdown.Parse(Page.Body, GuideMarkdown.Pipeline);

    /// <summary>False when the tree was dropped and <see cref="Syntax"/> parses it again.</summary>
    public bool HasSyntax => _syntax is not null;

    /// <summary>The same page and headings without the tree or the Markdown it came from, which can be collected.</summary>
    public PageDocument WithoutSyntax() => new(Page.WithoutBody(), null, Headings, HasFence);

    /// <summary>This document with its tree in hand, parsed again when it was dropped.</summary>
    public PageDocument WithSyntax() => _syntax is not null ? this : new PageDocument(Page, Syntax, Headings, HasFence);

    public IReadOnlyList<Heading> Headings { get; }

    /// <summary>
    /// Whether the body has a ':::' line of some callout. A page without one has no callout, which the phrase bank
    /// learns without reading the body again (a one-off build no longer holds it).
    /// </summary>
    public bool HasFence { get; }

    public bool HasAnchor(string id) => Headings.Any(h => h.Id == id);

    /// <summary>
    /// The same tree and headings for a page whose front matter changed but whose body did not: parsing
    /// reads only the body, where it starts and the file's name, so an unchanged body is not parsed again.
    /// </summary>
    public PageDocument With(Page page) => page == Page ? this : new PageDocument(page, _syntax, Headings, HasFence);

    /// <summary>What parsing reads of a page, as a key for the build's memo.</summary>
    public static string ParseKey(Page page) => Building.BuildMemo.Key(page.SourcePath, page.BodyLine.ToString(System.Globalization.CultureInfo.InvariantCulture), page.Body);

    /// <summary>Parses a page already known to parse (tests).</summary>
    public static PageDocument Parse(Page page)
    {
        var syntax = Markdig.Markdown.Parse(page.Body, GuideMarkdown.Pipeline);
        var headings = syntax.Descendants<HeadingBlock>()
            .Select(h => new Heading(h.Level, PlainText(h.Inline), h.TryGetAttributes()?.Id ?? "", page.BodyLine + h.Line))
            .ToList();
        return new PageDocument(page, syntax, headings, page.Body.Contains(":::", StringComparison.Ordinal));
    }

    /// <summary>
    /// Parses a page, or reports why it cannot be: Markdown nested deeper than <see cref="MarkdownNesting.MaxDepth"/>,
    /// or attributes in <c>{ }</c> other than an id and classes.
    /// </summary>
    public static PageDocument? TryParse(Page page, DiagnosticBag diagnostics)
    {
        if (MarkdownNesting.OverIndentedLine(page.Body) is > 0 and var line)
        {
            return TooDeep(page, line, diagnostics);
        }
        PageDocument document;
        try
        {
            document = Parse(page);
        }
        catch (Exception e) when (MarkdownNesting.IsDepthLimit(e))
        {
            return TooDeep(page, MarkdownNesting.DeepestLine(page.Body), diagnostics);
        }
        // Markdig limits the blocks it opens; emphasis and links are nested afterwards, and rendering recurses.
        if (MarkdownNesting.Depth(document.Syntax) > MarkdownNesting.MaxDepth)
        {
            return TooDeep(page, MarkdownNesting.DeepestLine(page.Body), diagnostics);
        }
        return AttributeRules.Check(document, diagnostics) ? document : null;
    }

    private static PageDocument? TooDeep(Page page, int bodyLine, DiagnosticBag diagnostics)
    {
        diagnostics.Add(Diagnostic.Error(page.SourcePath, page.BodyLine - 1 + bodyLine, 1, DiagnosticCodes.NestedTooDeep,
            $"quotes, lists or emphasis are nested more than {MarkdownNesting.MaxDepth} levels deep around here; no page needs that many, so look for a run of '>', '*', '[' or indentation"));
        return null;
    }

    internal static string PlainText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }
        var text = new System.Text.StringBuilder();
        foreach (var child in inline.Descendants())
        {
            switch (child)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
            }
        }
        return text.ToString();
    }
}
