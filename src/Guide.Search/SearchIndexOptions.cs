namespace Guide.Search;

/// <summary>How finely the index is cut into files.</summary>
public sealed record SearchIndexOptions
{
    /// <summary>
    /// Terms go into a shard until it holds about this many bytes. Smaller shards mean less to load
    /// per query term and more files; a query loads a shard or two per term.
    /// </summary>
    public int TermShardBytes { get; init; } = 12 * 1024;

    /// <summary>Pages go into a group until it holds about this many bytes; a query loads up to <c>MAX_GROUPS</c> groups (search.js).</summary>
    public int PageGroupBytes { get; init; } = 6 * 1024;
}
