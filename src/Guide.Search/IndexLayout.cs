using System.Text;

namespace Guide.Search;

/// <summary>
/// The shape of the index object, format 1:
/// <code>
/// { "format": 1, "lang": "zh-CN",
///   "pages": [ [url, title, summary, tags], … ],         // sorted by url, ordinal; tags joined by ", "
///   "docs":  [ [page, anchor, heading, text], … ] }       // page = index into pages
/// </code>
/// A section whose summary differs from its page's adds it as a fifth element. Page title and
/// summary are stored once per page rather than once per section, which is most of the saving
/// over a flat list of the pipeline's documents.
/// </summary>
internal sealed class IndexLayout
{
    private readonly List<Page> _pages;

    private IndexLayout(List<Page> pages) => _pages = pages;

    public static IndexLayout From(IEnumerable<SearchDocument> docs)
    {
        var byUrl = new Dictionary<string, Page>(StringComparer.Ordinal);
        foreach (var doc in docs)
        {
            var hash = doc.Url.IndexOf('#', StringComparison.Ordinal);
            var url = hash < 0 ? doc.Url : doc.Url[..hash];
            var anchor = hash < 0 ? "" : doc.Url[(hash + 1)..];
            if (!byUrl.TryGetValue(url, out var page))
            {
                var tags = string.Join(", ", (doc.Tags ?? []).Select(Collapse).Where(t => t.Length > 0));
                page = new Page(url, Collapse(doc.PageTitle), Collapse(doc.Summary), tags, []);
                byUrl.Add(url, page);
            }

            var summary = Collapse(doc.Summary);
            page.Sections.Add(new Section(anchor, Collapse(doc.Heading), Collapse(doc.Text), summary == page.Summary ? null : summary));
        }

        return new IndexLayout([.. byUrl.Values.OrderBy(p => p.Url, StringComparer.Ordinal)]);
    }

    public void Write(StringBuilder sb, string lang)
    {
        sb.Append("{\"format\":");
        JsLiteral.Int(sb, SearchIndexBuilder.Format);
        sb.Append(",\"lang\":");
        JsLiteral.String(sb, lang);
        sb.Append(",\n\"pages\":[");
        for (var p = 0; p < _pages.Count; p++)
        {
            sb.Append(p == 0 ? "\n[" : ",\n[");
            JsLiteral.String(sb, _pages[p].Url);
            sb.Append(',');
            JsLiteral.String(sb, _pages[p].Title);
            sb.Append(',');
            JsLiteral.String(sb, _pages[p].Summary);
            sb.Append(',');
            JsLiteral.String(sb, _pages[p].Tags);
            sb.Append(']');
        }

        sb.Append("],\n\"docs\":[");
        var first = true;
        for (var p = 0; p < _pages.Count; p++)
        {
            foreach (var s in _pages[p].Sections)
            {
                sb.Append(first ? "\n[" : ",\n[");
                first = false;
                JsLiteral.Int(sb, p);
                sb.Append(',');
                JsLiteral.String(sb, s.Anchor);
                sb.Append(',');
                JsLiteral.String(sb, s.Heading);
                sb.Append(',');
                JsLiteral.String(sb, s.Text);
                if (s.Summary is not null)
                {
                    sb.Append(',');
                    JsLiteral.String(sb, s.Summary);
                }

                sb.Append(']');
            }
        }

        sb.Append("]}");
    }

    // Newlines and indentation from the rendered HTML carry no meaning in an excerpt.
    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private sealed record Page(string Url, string Title, string Summary, string Tags, List<Section> Sections);

    private sealed record Section(string Anchor, string Heading, string Text, string? Summary);
}
