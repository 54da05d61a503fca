namespace Guide.Search;

/// <summary>
/// One searchable section of a page: the pipeline splits each page at h2/h3 and hands one of these
/// per section. The first section of a page carries the page title as its heading and the intro text.
/// </summary>
/// <param name="Url">
/// Address relative to the site root, with the section anchor:
/// <c>zh-CN/during/listening/#复述确认</c> (or <c>…/index.html#…</c> in portable builds).
/// The client prefixes it with the current page's base path.
/// </param>
/// <param name="PageTitle">The title of the page the section belongs to.</param>
/// <param name="Heading">The section heading (the page title for the first section).</param>
/// <param name="Summary">The page summary from front matter; shown when the body has no match.</param>
/// <param name="Text">The section's plain text, markup removed.</param>
public sealed record SearchDocument(string Url, string PageTitle, string Heading, string Summary, string Text)
{
    /// <summary>
    /// The page's front-matter tags. Optional: they rank like the summary, and they carry the words
    /// readers use for a worry ("disagreement", "记笔记") that a page's headings may not.
    /// </summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
}
