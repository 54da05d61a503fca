using System.Text;

namespace Guide.Search;

/// <summary>
/// A language's search index: the parts (term shards, page groups, the text dictionary) and the
/// manifest that lists them. The manifest, <c>index.&lt;lang&gt;.js</c>, is the one file a page names;
/// the client loads it when a reader reaches for the search box, then loads parts as queries need them.
/// </summary>
/// <remarks>
/// The manifest, format 2:
/// <code>
/// { "format": 2, "lang": "en", "sections": 324, "pages": 47,
///   "k1": 1.2, "fields": [[key, weight, b, total length], …],   // BM25 per field; see RankingFields
///   "bounds": [lowest, ratio, levels],                          // weight of level n = lowest × ratio^n
///   "words": file,                                              // the text dictionary (TextCodec)
///   "terms": [[first term, file], …],                           // shard n registers parts["en/t" + n]
///   "groups": [[first page, first section, file], …] }          // group n registers parts["en/g" + n]
/// </code>
/// Files are addresses relative to the manifest's folder.
/// </remarks>
public sealed class SearchIndex
{
    private readonly Action<StringBuilder, Func<string, string>> _manifest;

    internal SearchIndex(string lang, IReadOnlyList<SearchIndexPart> parts, Action<StringBuilder, Func<string, string>> manifest)
    {
        Lang = lang;
        Parts = parts;
        _manifest = manifest;
    }

    public string Lang { get; }

    /// <summary>Every file the manifest names, in a fixed order.</summary>
    public IReadOnlyList<SearchIndexPart> Parts { get; }

    /// <summary>
    /// The manifest script, <c>index.&lt;lang&gt;.js</c>, registering the index on
    /// <c>globalThis.GuideSearch.indexes[lang]</c>.
    /// </summary>
    /// <param name="address">
    /// Where a part was published, relative to the manifest's folder, given the part's
    /// <see cref="SearchIndexPart.Name"/>: the name itself, or a content-hashed name.
    /// </param>
    public string Manifest(Func<string, string> address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var sb = new StringBuilder();
        sb.Append("/* Guide search index, generated; do not edit. */\n");
        sb.Append("(globalThis.GuideSearch ||= {}).indexes ||= {};\n");
        sb.Append("globalThis.GuideSearch.indexes[");
        JsLiteral.String(sb, Lang);
        sb.Append("] = ");
        _manifest(sb, address);
        sb.Append(";\n");
        return sb.ToString();
    }
}
