using System.Text;
using System.Text.RegularExpressions;

namespace Guide.Search;

/// <summary>
/// Turns the sections of one language into <c>search/index.&lt;lang&gt;.js</c>: a script that registers
/// the index on <c>globalThis.GuideSearch.indexes[lang]</c>. A script rather than fetched JSON, so
/// search works from <c>file://</c>; a plain object literal, so it runs under
/// <c>default-src 'self'</c> without eval.
/// </summary>
/// <remarks>
/// The index holds text, not postings: the client tokenizes it once on first use. Postings for
/// Han bigrams came out about 2.7 times the size of the text they index, and the text has to ship
/// anyway for excerpts. See <see cref="IndexLayout"/> for the shape.
/// </remarks>
public static partial class SearchIndexBuilder
{
    /// <summary>The version of the shape in <see cref="IndexLayout"/>; the client refuses others.</summary>
    public const int Format = 1;

    /// <summary>
    /// Builds the index script. Same documents in, same bytes out: pages are sorted by URL
    /// (ordinal), sections keep their order within a page, whitespace is collapsed.
    /// </summary>
    /// <param name="lang">The language tag, e.g. <c>zh-CN</c>; it names the index for the client.</param>
    /// <param name="docs">One document per section.</param>
    /// <exception cref="ArgumentException">A language tag or URL the client could not use.</exception>
    public static string Build(string lang, IReadOnlyList<SearchDocument> docs)
    {
        ArgumentNullException.ThrowIfNull(docs);
        if (lang is null || !LanguageTag().IsMatch(lang))
        {
            throw new ArgumentException($"Search index language '{lang}' is not a language tag.", nameof(lang));
        }

        for (var i = 0; i < docs.Count; i++)
        {
            Validate(docs[i], i);
        }

        var layout = IndexLayout.From(docs.Where(HasTerms));
        var sb = new StringBuilder(docs.Sum(d => d.Text.Length + d.Heading.Length) + 1024);
        sb.Append("/* Guide search index, generated; do not edit. */\n");
        sb.Append("(globalThis.GuideSearch ||= {}).indexes ||= {};\n");
        sb.Append("globalThis.GuideSearch.indexes[");
        JsLiteral.String(sb, lang);
        sb.Append("] = ");
        layout.Write(sb, lang);
        sb.Append(";\n");
        return sb.ToString();
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
    private static bool HasTerms(SearchDocument doc) =>
        SearchTokenizer.Tokenize(doc.Heading).Count > 0 || SearchTokenizer.Tokenize(doc.Text).Count > 0;

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();
}
