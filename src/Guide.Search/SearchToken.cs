namespace Guide.Search;

/// <summary>
/// One index term and where it came from in the source text, so excerpts can highlight the
/// original characters. <see cref="Start"/> and <see cref="Length"/> count UTF-16 code units,
/// the same unit JavaScript strings use, so both tokenizers report identical spans.
/// </summary>
/// <param name="Term">The folded, stemmed term: <c>listen</c>, <c>复</c>, <c>复述</c>.</param>
/// <param name="Start">Offset of the first code unit in the source text.</param>
/// <param name="Length">Number of code units the term covers in the source text.</param>
public readonly record struct SearchToken(string Term, int Start, int Length);
