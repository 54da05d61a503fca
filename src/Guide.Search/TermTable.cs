namespace Guide.Search;

/// <summary>
/// Every term of a language with what the client needs to rank by it without reading the text:
/// in how many sections it occurs (for idf) and, for each page that has it, the most it weighs in
/// any one section of that page (the page's bound). Weights are BM25 per field, summed, exactly as
/// the client computes them from the text once it has loaded a page.
/// </summary>
internal sealed class TermTable
{
    private TermTable(IReadOnlyList<Term> terms, long[] fieldLengths, int sections)
    {
        Terms = terms;
        FieldLengths = fieldLengths;
        Sections = sections;
    }

    /// <summary>The terms in ordinal order.</summary>
    public IReadOnlyList<Term> Terms { get; }

    /// <summary>The number of terms in each field (<see cref="RankingFields.All"/>), summed over all sections.</summary>
    public long[] FieldLengths { get; }

    public int Sections { get; }

    public static TermTable From(IndexedPages pages)
    {
        var ids = new TermIds();
        var tally = new TermIds.Tally(ids);
        var counted = pages.Pages.Select(page =>
        {
            // A page's title, tags and summary repeat in each of its sections: counted once.
            var memo = new Dictionary<string, FieldCount>(StringComparer.Ordinal);
            return page.Sections.Select(s => RankingFields.Of(page, s).Select(text =>
            {
                if (!memo.TryGetValue(text, out var count))
                {
                    var (found, counts, length) = tally.Count(text);
                    memo.Add(text, count = new FieldCount(found, counts, length));
                }
                return count;
            }).ToArray()).ToList();
        }).ToList();

        var fields = RankingFields.All;
        var sections = counted.Sum(p => p.Count);
        var lengths = new long[fields.Count];
        foreach (var section in counted.SelectMany(p => p))
        {
            for (var f = 0; f < fields.Count; f++)
            {
                lengths[f] += section[f].Length;
            }
        }
        var average = lengths.Select(l => Math.Max(1, (double)l / Math.Max(1, sections))).ToArray();

        var terms = ids.Terms.Select(t => new Term(t)).ToArray();
        // Scratch by term number; a weight is never 0 once a term is seen, so 0 marks "not yet".
        var weight = new double[terms.Length];
        var pageMax = new double[terms.Length];
        var inSection = new List<int>();
        var inPage = new List<int>();
        for (var p = 0; p < counted.Count; p++)
        {
            foreach (var section in counted[p])
            {
                for (var f = 0; f < fields.Count; f++)
                {
                    // The same expression, in the same order, as the client's weightIn.
                    var norm = RankingFields.K1 * (1 - fields[f].B + fields[f].B * (section[f].Length / average[f]));
                    for (var k = 0; k < section[f].Ids.Length; k++)
                    {
                        var id = section[f].Ids[k];
                        double tf = section[f].Counts[k];
                        if (weight[id] == 0)
                        {
                            inSection.Add(id);
                        }
                        weight[id] += fields[f].Weight * tf * (RankingFields.K1 + 1) / (tf + norm);
                    }
                }
                foreach (var id in inSection)
                {
                    terms[id].Sections++;
                    if (pageMax[id] == 0)
                    {
                        inPage.Add(id);
                    }
                    pageMax[id] = Math.Max(pageMax[id], weight[id]);
                    weight[id] = 0;
                }
                inSection.Clear();
            }
            foreach (var id in inPage)
            {
                terms[id].Pages.Add((p, pageMax[id]));
                pageMax[id] = 0;
            }
            inPage.Clear();
        }

        Array.Sort(terms, (a, b) => string.CompareOrdinal(a.Text, b.Text));
        return new TermTable(terms, lengths, sections);
    }

    /// <param name="Text">The term: a stemmed word, a Han character or a Han pair.</param>
    internal sealed record Term(string Text)
    {
        /// <summary>The number of sections that have the term in any field.</summary>
        public int Sections { get; set; }

        /// <summary>Each page that has the term, in page order, with the term's largest weight in one of its sections.</summary>
        public List<(int Page, double Weight)> Pages { get; } = [];
    }

    /// <summary>A field's terms (as numbers), how often each occurs, and how many terms it has.</summary>
    private sealed record FieldCount(int[] Ids, int[] Counts, int Length);
}
