namespace Guide.Search;

/// <summary>How finely the index is cut into files.</summary>
/// <remarks>
/// The defaults come from bench/search-bench.mjs on the 2,000-page benchmark corpus: smaller
/// files mean less loaded per query but a longer manifest (every file is listed there) and less
/// for gzip to work with; see bench/README.md for the figures.
/// </remarks>
public sealed record SearchIndexOptions
{
    /// <summary>
    /// Terms go into a shard until it holds about this many bytes. A query loads the shard of each
    /// of its terms (a Chinese query one or two per character) and the shards a word being typed spans.
    /// </summary>
    public int TermShardBytes { get; init; } = 4 * 1024;

    /// <summary>
    /// Pages go into a group until it holds about this many bytes; a page is never split. A query
    /// loads the groups of the pages it scores, up to <c>MAX_PAGES</c> (search.js) of them.
    /// </summary>
    public int PageGroupBytes { get; init; } = 2 * 1024;
}
