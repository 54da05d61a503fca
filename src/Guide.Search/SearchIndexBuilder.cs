using System.Text.RegularExpressions;

namespace Guide.Search;

/// <summary>
/// Turns the sections of one language into a sharded <see cref="SearchIndex"/>: a small manifest,
/// term shards and page groups, each a script (rather than fetched JSON, so search works from
/// <c>file://</c>) holding plain literals (so it runs under <c>default-src 'self'</c> without eval).
/// </summary>
/// <remarks>
/// A query is answered in two steps, so it loads only what it needs. The term shards hold, for
/// each term, the number of sections that have it and, per page, its largest weight in a section of
/// that page: enough to bound every page's best score. The client then loads the groups of the
/// pages with the highest bounds and scores their sections exactly from the text, as format 1 did
/// for the whole site, until no unloaded page can beat the results it has (see <c>rank</c> in
/// search.js). Postings per section would make the first step exact, but for Han pairs they come
/// out at several times the size of the text they index, and the text has to ship for excerpts anyway.
/// </remarks>
public static partial class SearchIndexBuilder
{
    /// <summary>The version of the manifest's shape (<see cref="SearchIndex"/>); the client refuses others.</summary>
    public const int Format = 2;

    /// <summary>
    /// Builds the index. Same documents in, same bytes out: pages are sorted by URL (ordinal),
    /// sections keep their order within a page, whitespace is collapsed, terms sorted ordinally.
    /// </summary>
    /// <param name="lang">The language tag, e.g. <c>zh-CN</c>; it names the index for the client.</param>
    /// <param name="docs">One document per section.</param>
    /// <param name="options">How finely to cut the index into files; the defaults suit a site of any size.</param>
    /// <exception cref="ArgumentException">A language tag or URL the client could not use.</exception>
    public static SearchIndex Build(string lang, IReadOnlyList<SearchDocument> docs, SearchIndexOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(docs);
        options ??= new SearchIndexOptions();
        if (lang is null || !LanguageTag().IsMatch(lang))
        {
            throw new ArgumentException($"Search index language '{lang}' is not a language tag.", nameof(lang));
        }

        for (var i = 0; i < docs.Count; i++)
        {
            Validate(docs[i], i);
        }

        var pages = IndexedPages.From(docs.Where(HasTerms));
        var scale = BoundScale.For(RankingFields.MaxWeight);
        // Terms and text are independent until written: each half runs on its own core where there is one.
        TermTable terms = null!;
        List<(string FirstTerm, SearchIndexPart Part)> shards = null!;
        TextCodec codec = null!;
        List<(int FirstPage, int FirstSection, SearchIndexPart Part)> groups = null!;
        Parallel.Invoke(
            () => shards = TermShards.Write(lang, terms = TermTable.From(pages, scale), options.TermShardBytes),
            () => groups = PageGroups.Write(lang, pages, codec = TextCodec.For(PageGroups.Strings(pages)), options.PageGroupBytes));
        var words = SearchIndexPart.Write($"{lang}/words", codec.Write);
        return new SearchIndex(lang, pages.Pages.Count, terms, scale, words, shards, groups);
    }

    private static void Validate(SearchDocument doc, int index)
    {
        if (doc is null || doc.Url is null || doc.PageTitle is null || doc.Heading is null || doc.Summary is null || doc.Text is null)
        {
            throw new ArgumentException($"Search document {index} has a missing field.", "docs");
        }

        if (doc.Url.Length == 0 || doc.Url.StartsWith('/') || doc.Url.Contains("://", StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"Search document {index} has URL '{doc.Url}'; it must be relative to the site root, like <lang>/during/listening/#….",
                "docs");
        }
    }

    // A section whose heading and text hold no word or Han character (say, only a diagram) can never match.
    private static bool HasTerms(SearchDocument doc) => SearchTokenizer.HasTerms(doc.Heading) || SearchTokenizer.HasTerms(doc.Text);

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();
}
