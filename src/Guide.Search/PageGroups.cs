using System.Text;

namespace Guide.Search;

/// <summary>
/// The text of a language's pages (what the client needs to score sections exactly and show
/// excerpts), in files of a few consecutive pages each. A query loads only the groups of the pages
/// that can make its top results; the page is the unit, because its sections share title, summary
/// and tags.
/// </summary>
/// <remarks>
/// A group registers an array of pages; a page is <c>[url, title, summary, tags, section, …]</c>
/// and a section <c>[anchor, heading, text]</c>, with the section's own summary as a fourth element
/// where it differs from its page's, and 0 for an anchor that follows from the heading
/// (<see cref="AnchorOf"/>). Every string is coded with the language's <see cref="TextCodec"/>.
/// </remarks>
internal static class PageGroups
{
    /// <summary>Writes the groups; returns each group's first page and first section number with the file.</summary>
    public static List<(int FirstPage, int FirstSection, SearchIndexPart Part)> Write(string lang, IndexedPages pages, TextCodec codec, int targetBytes)
    {
        var groups = new List<(int, int, SearchIndexPart)>();
        var body = new StringBuilder();
        var firstPage = 0;
        var firstSection = 0;
        var section = 0;
        for (var p = 0; p < pages.Pages.Count; p++)
        {
            var page = pages.Pages[p];
            body.Append(p == firstPage ? "\n[" : ",\n[");
            Coded(body, codec, page.Url, page.Title, page.Summary, page.Tags);
            foreach (var s in page.Sections)
            {
                body.Append(",[");
                if (s.Anchor.Length > 0 && IsAnchorOf(s.Anchor, s.Heading))
                {
                    body.Append('0');
                }
                else
                {
                    codec.AppendLiteral(body, s.Anchor);
                }
                body.Append(',');
                Coded(body, codec, s.Heading, s.Text, s.Summary);
                body.Append(']');
            }
            body.Append(']');
            section += page.Sections.Count;
            if (body.Length >= targetBytes || p == pages.Pages.Count - 1)
            {
                var content = body.ToString();
                groups.Add((firstPage, firstSection, SearchIndexPart.Write($"{lang}/g{groups.Count}", sb => sb.Append('[').Append(content).Append(']'))));
                body.Clear();
                firstPage = p + 1;
                firstSection = section;
            }
        }
        return groups;
    }

    /// <summary>
    /// Whether <paramref name="anchor"/> is the one most headings get: ASCII capitals lowered and spaces
    /// made hyphens. A section whose anchor is that writes 0 in its place, and the client
    /// (<c>anchorOf</c> in search.js) derives it. Compared in place: every section is asked, twice.
    /// </summary>
    internal static bool IsAnchorOf(string anchor, string heading)
    {
        if (anchor.Length != heading.Length)
        {
            return false;
        }
        for (var i = 0; i < heading.Length; i++)
        {
            var h = heading[i];
            if (anchor[i] != (h == ' ' ? '-' : h is >= 'A' and <= 'Z' ? (char)(h + 32) : h))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Every string a group holds, for building the codec.</summary>
    public static List<string> Strings(IndexedPages pages)
    {
        var strings = new List<string>();
        foreach (var p in pages.Pages)
        {
            strings.AddRange([p.Url, p.Title, p.Summary, p.Tags]);
            foreach (var s in p.Sections)
            {
                strings.AddRange([IsAnchorOf(s.Anchor, s.Heading) ? "" : s.Anchor, s.Heading, s.Text, s.Summary ?? ""]);
            }
        }
        return strings;
    }

    // The texts as coded string literals, separated by commas; a null (a section's summary that is its page's) is left out.
    private static void Coded(StringBuilder sb, TextCodec codec, string first, string second, string? third, string? fourth = null)
    {
        codec.AppendLiteral(sb, first);
        foreach (var text in (ReadOnlySpan<string?>)[second, third, fourth])
        {
            if (text is not null)
            {
                sb.Append(',');
                codec.AppendLiteral(sb, text);
            }
        }
    }
}
