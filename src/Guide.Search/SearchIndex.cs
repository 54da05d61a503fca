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
///   "files": "inserted",                                        // how parts are named, below
///   "words": file,                                              // the text dictionary (TextCodec)
///   "terms": [first term, file, …],                             // shard n registers parts["en/t" + n]
///   "groups": [file, pages, sections, …] }                      // group n registers parts["en/g" + n]
/// </code>
/// Where every part was published under its name with something inserted before <c>.js</c> (a
/// content hash, say, or nothing), <c>files</c> is <c>"inserted"</c> and a file is that insertion;
/// otherwise <c>files</c> is <c>"addresses"</c> and a file is the part's address relative to the
/// manifest's folder. Pages and sections of a group count on from those of the groups before it.
/// </remarks>
public sealed class SearchIndex
{
    private readonly int _pages;
    private readonly TermTable _terms;
    private readonly BoundScale _scale;
    private readonly SearchIndexPart _words;
    private readonly List<(string FirstTerm, SearchIndexPart Part)> _shards;
    private readonly List<(int FirstPage, int FirstSection, SearchIndexPart Part)> _groups;

    internal SearchIndex(
        string lang, int pages, TermTable terms, BoundScale scale, SearchIndexPart words,
        List<(string FirstTerm, SearchIndexPart Part)> shards, List<(int FirstPage, int FirstSection, SearchIndexPart Part)> groups)
    {
        Lang = lang;
        _pages = pages;
        _terms = terms;
        _scale = scale;
        _words = words;
        _shards = shards;
        _groups = groups;
        Parts = [words, .. shards.Select(s => s.Part), .. groups.Select(g => g.Part)];
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
        var addresses = Parts.ToDictionary(p => p.Name, p => address(p.Name), StringComparer.Ordinal);
        var inserted = Parts.All(p => Insertion(p.Name, addresses[p.Name]) is not null);
        string File(SearchIndexPart part) => inserted ? Insertion(part.Name, addresses[part.Name])! : addresses[part.Name];

        var sb = new StringBuilder();
        sb.Append("/* Guide search index, generated; do not edit. */\n");
        sb.Append("(globalThis.GuideSearch ||= {}).indexes ||= {};\n");
        sb.Append("globalThis.GuideSearch.indexes[");
        JsLiteral.String(sb, Lang);
        sb.Append("] = {\"format\":");
        JsLiteral.Int(sb, SearchIndexBuilder.Format);
        sb.Append(",\"lang\":");
        JsLiteral.String(sb, Lang);
        sb.Append(",\"sections\":");
        JsLiteral.Int(sb, _terms.Sections);
        sb.Append(",\"pages\":");
        JsLiteral.Int(sb, _pages);
        sb.Append(",\n\"k1\":");
        JsLiteral.Double(sb, RankingFields.K1);
        sb.Append(",\"fields\":[");
        for (var f = 0; f < RankingFields.All.Count; f++)
        {
            var field = RankingFields.All[f];
            sb.Append(f == 0 ? "[" : ",[");
            JsLiteral.String(sb, field.Key);
            sb.Append(',');
            JsLiteral.Double(sb, field.Weight);
            sb.Append(',');
            JsLiteral.Double(sb, field.B);
            sb.Append(',');
            JsLiteral.Int(sb, _terms.FieldLengths[f]);
            sb.Append(']');
        }
        sb.Append("],\n\"bounds\":[");
        JsLiteral.Double(sb, _scale.Lowest);
        sb.Append(',');
        JsLiteral.Double(sb, BoundScale.Ratio);
        sb.Append(',');
        JsLiteral.Int(sb, BoundScale.Levels);
        sb.Append("],\n\"files\":");
        JsLiteral.String(sb, inserted ? "inserted" : "addresses");
        sb.Append(",\"words\":");
        JsLiteral.String(sb, File(_words));
        sb.Append(",\n\"terms\":[");
        for (var i = 0; i < _shards.Count; i++)
        {
            sb.Append(i == 0 ? "\n" : ",\n");
            JsLiteral.String(sb, _shards[i].FirstTerm);
            sb.Append(',');
            JsLiteral.String(sb, File(_shards[i].Part));
        }
        sb.Append("],\n\"groups\":[");
        for (var i = 0; i < _groups.Count; i++)
        {
            var (pages, sections) = i + 1 < _groups.Count
                ? (_groups[i + 1].FirstPage - _groups[i].FirstPage, _groups[i + 1].FirstSection - _groups[i].FirstSection)
                : (_pages - _groups[i].FirstPage, _terms.Sections - _groups[i].FirstSection);
            sb.Append(i == 0 ? "\n" : ",\n");
            JsLiteral.String(sb, File(_groups[i].Part));
            sb.Append(',');
            JsLiteral.Int(sb, pages);
            sb.Append(',');
            JsLiteral.Int(sb, sections);
        }
        sb.Append("]};\n");
        return sb.ToString();
    }

    /// <summary>What was inserted before <c>.js</c> to make <paramref name="address"/> from <paramref name="name"/>, or null.</summary>
    private static string? Insertion(string name, string address)
    {
        var stem = name[..^".js".Length];
        return address.StartsWith(stem, StringComparison.Ordinal) && address.EndsWith(".js", StringComparison.Ordinal)
            && address.Length >= name.Length
            ? address[stem.Length..^".js".Length]
            : null;
    }
}
