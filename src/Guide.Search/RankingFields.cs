namespace Guide.Search;

/// <summary>
/// The fields the client ranks a section by, with their BM25 weight and length normalisation, and
/// BM25's k1. Scored per field and summed: a term in the section heading or page title says more
/// about a section than one in its body. (Weighting term counts before saturation, as BM25F does,
/// let a body that repeats a word catch up with a heading that names it.)
/// </summary>
/// <remarks>
/// The builder writes these into each index, and the client ranks with what it reads there, so the
/// page bounds the builder computes (<see cref="TermTable"/>) always hold for the client's scores.
/// </remarks>
internal static class RankingFields
{
    public const double K1 = 1.2;

    public static readonly IReadOnlyList<RankingField> All =
    [
        new("title", 2, 0.5),
        new("heading", 3, 0.5),
        new("tags", 1.5, 0.3),
        new("summary", 1, 0.5),
        new("text", 1, 0.75),
    ];

    /// <summary>The largest weight a term can have in a section: saturated in every field.</summary>
    public static double MaxWeight => All.Sum(f => f.Weight) * (K1 + 1);

    /// <summary>The strings of a section in the order of <see cref="All"/>.</summary>
    public static string[] Of(IndexedPage page, IndexedSection section) =>
        [page.Title, section.Heading, page.Tags, section.Summary ?? page.Summary, section.Text];
}

/// <param name="Key">The name the client knows the field by.</param>
/// <param name="Weight">What a match in this field counts for, relative to the body text.</param>
/// <param name="B">BM25's b: how much a long field dilutes a match.</param>
internal sealed record RankingField(string Key, double Weight, double B);
