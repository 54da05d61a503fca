using System.Text;

namespace Guide.Search;

/// <summary>
/// The terms of a language in ordinal order, cut into files of about the same size, so a query
/// loads only the files its terms fall in. A file holds a contiguous range of terms, so a word
/// being typed finds its completions in the one or two files its prefix spans, and a large group of
/// terms that share a first letter is split between several files by size.
/// </summary>
/// <remarks>
/// A file registers two strings: its terms, separated by spaces (no term has one), and for each
/// term in turn the number of sections that have it, the length of its coded pages (both as
/// <see cref="CodeAlphabet.AppendNumber"/> writes numbers) and the coded pages. Those are one digit
/// per page that has the term: its weight level (<see cref="BoundScale"/>), preceded, when the page
/// is not the one after the previous, by the gap in base 33 written with the digits above the levels.
/// </remarks>
internal static class TermShards
{
    /// <summary>Writes the files; returns each file's first term with the file.</summary>
    public static List<(string FirstTerm, SearchIndexPart Part)> Write(string lang, TermTable table, int targetBytes)
    {
        var shards = new List<(string, SearchIndexPart)>();
        var terms = new StringBuilder();
        var entries = new StringBuilder();
        var bytes = 0;
        string? first = null;
        void Flush()
        {
            var (names, coded) = (terms.ToString(), entries.ToString());
            shards.Add((first!, SearchIndexPart.Write($"{lang}/t{shards.Count}", sb =>
            {
                sb.Append('[');
                JsLiteral.String(sb, names);
                sb.Append(",\n\"").Append(coded).Append("\"]");
            })));
            terms.Clear();
            entries.Clear();
            bytes = 0;
            first = null;
        }

        foreach (var term in table.Terms)
        {
            if (first is null)
            {
                first = term.Text;
            }
            else
            {
                terms.Append(' ');
            }
            terms.Append(term.Text);
            CodeAlphabet.AppendNumber(entries, term.Sections);
            CodeAlphabet.AppendNumber(entries, term.CodedLength);
            term.AppendPages(entries);
            bytes += Encoding.UTF8.GetByteCount(term.Text) + 3 + term.CodedLength;
            if (bytes >= targetBytes)
            {
                Flush();
            }
        }
        if (first is not null || shards.Count == 0)
        {
            first ??= "";
            Flush();
        }
        return shards;
    }
}
