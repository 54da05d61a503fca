using System.Buffers;

namespace Guide.Search;

/// <summary>
/// The sections of one language grouped by page, pages sorted by URL (ordinal) and sections in the
/// order the pipeline gave them. A section's number in this order is its document number, which
/// breaks ties between equal scores, so the order is part of the ranking.
/// </summary>
internal sealed class IndexedPages
{
    // What char.IsWhiteSpace accepts, but a space.
    private static readonly SearchValues<char> WhitespaceButSpace = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => c != ' ' && char.IsWhiteSpace(c))]);

    private IndexedPages(List<IndexedPage> pages) => Pages = pages;

    public IReadOnlyList<IndexedPage> Pages { get; }

    public int SectionCount => Pages.Sum(p => p.Sections.Count);

    public static IndexedPages From(IEnumerable<SearchDocument> docs)
    {
        var byUrl = new Dictionary<string, IndexedPage>(StringComparer.Ordinal);
        foreach (var doc in docs)
        {
            var hash = doc.Url.IndexOf('#', StringComparison.Ordinal);
            var url = hash < 0 ? doc.Url : doc.Url[..hash];
            var anchor = hash < 0 ? "" : doc.Url[(hash + 1)..];
            if (!byUrl.TryGetValue(url, out var page))
            {
                // Page title, summary and tags are stored once per page, not once per section.
                var tags = string.Join(", ", (doc.Tags ?? []).Select(Collapse).Where(t => t.Length > 0));
                page = new IndexedPage(url, Collapse(doc.PageTitle), Collapse(doc.Summary), tags, []);
                byUrl.Add(url, page);
            }

            var summary = Collapse(doc.Summary);
            page.Sections.Add(new IndexedSection(anchor, Collapse(doc.Heading), Collapse(doc.Text), summary == page.Summary ? null : summary));
        }

        return new IndexedPages([.. byUrl.Values.OrderBy(p => p.Url, StringComparer.Ordinal)]);
    }

    // Newlines and indentation from the rendered HTML carry no meaning in an excerpt. The pipeline's
    // text usually comes collapsed already, and is then kept as it is without a copy.
    private static string Collapse(string text) =>
        IsCollapsed(text) ? text : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // Searched for rather than read character by character: every section's text passes through here.
    private static bool IsCollapsed(string text) =>
        !(text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
            && !text.AsSpan().ContainsAny(WhitespaceButSpace) && !text.Contains("  ", StringComparison.Ordinal);
}

internal sealed record IndexedPage(string Url, string Title, string Summary, string Tags, List<IndexedSection> Sections);

/// <summary>A section; <see cref="Summary"/> is set only where it differs from its page's.</summary>
internal sealed record IndexedSection(string Anchor, string Heading, string Text, string? Summary);
