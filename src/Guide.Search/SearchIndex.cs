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
///   "width": 11,                                                // how parts are named, below
///   "words": files,                                             // the text dictionary (TextCodec)
///   "terms": ["first term of each shard, spaced", files],        // shard n registers parts["en/t" + n]
///   "groups": ["pages and sections of each group", files] }     // group n registers parts["en/g" + n]
/// </code>
/// Where every part was published under its name with something of one length inserted before
/// <c>.js</c> (a content hash, say, or nothing), <c>width</c> is that length and <c>files</c> the
/// insertions run together; otherwise <c>width</c> is null and <c>files</c> an array of addresses
/// relative to the manifest's folder. A group's pages and sections are two numbers as
/// <see cref="CodeAlphabet.AppendNumber"/> writes them; pages and sections count on from the groups before.
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
        var insertions = Parts.Select(p => Insertion(p.Name, addresses[p.Name])).ToList();
        // Content hashes all have one length: then a list of files is the insertions run together.
        int? width = insertions.All(i => i is not null && i.Length == insertions[0]!.Length) ? insertions[0]!.Length : null;

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
        sb.Append("],\n\"width\":");
        if (width is { } w)
        {
            JsLiteral.Int(sb, w);
        }
        else
        {
            sb.Append("null");
        }
        sb.Append(",\"words\":");
        Files(sb, [_words], addresses, width);
        sb.Append(",\n\"terms\":[");
        JsLiteral.String(sb, string.Join(' ', _shards.Select(s => s.FirstTerm)));
        sb.Append(",\n");
        Files(sb, [.. _shards.Select(s => s.Part)], addresses, width);
        sb.Append("],\n\"groups\":[\"");
        for (var i = 0; i < _groups.Count; i++)
        {
            var (pages, sections) = i + 1 < _groups.Count
                ? (_groups[i + 1].FirstPage - _groups[i].FirstPage, _groups[i + 1].FirstSection - _groups[i].FirstSection)
                : (_pages - _groups[i].FirstPage, _terms.Sections - _groups[i].FirstSection);
            CodeAlphabet.AppendNumber(sb, pages);
            CodeAlphabet.AppendNumber(sb, sections);
        }
        sb.Append("\",\n");
        Files(sb, [.. _groups.Select(g => g.Part)], addresses, width);
        sb.Append("]};\n");
        return sb.ToString();
    }

    /// <summary>Where parts are: their insertions run together when they are all <paramref name="width"/> long, else an array of addresses.</summary>
    private static void Files(StringBuilder sb, List<SearchIndexPart> parts, Dictionary<string, string> addresses, int? width)
    {
        if (width is not null)
        {
            JsLiteral.String(sb, string.Concat(parts.Select(p => Insertion(p.Name, addresses[p.Name]))));
            return;
        }
        sb.Append('[');
        for (var i = 0; i < parts.Count; i++)
        {
            sb.Append(i == 0 ? "" : ",");
            JsLiteral.String(sb, addresses[parts[i].Name]);
        }
        sb.Append(']');
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
