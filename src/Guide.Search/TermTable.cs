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
        var fields = RankingFields.All;
        var lengths = new long[fields.Count];
        var sections = 0;
        // BM25 needs every field's average length before the first weight, so a first pass only
        // counts terms; keeping each section's terms for a second look would cost more memory than
        // reading the text again. A page's title, tags and summary repeat in each of its sections:
        // read once per page.
        foreach (var page in pages.Pages)
        {
            var memo = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var section in page.Sections)
            {
                sections++;
                var texts = RankingFields.Of(page, section);
                for (var f = 0; f < fields.Count; f++)
                {
                    if (!memo.TryGetValue(texts[f], out var length))
                    {
                        memo.Add(texts[f], length = SearchTokenizer.Count(texts[f]));
                    }
                    lengths[f] += length;
                }
            }
        }
        var average = lengths.Select(l => Math.Max(1, (double)l / Math.Max(1, sections))).ToArray();

        var ids = new TermIds();
        var tally = new TermIds.Tally(ids);
        var terms = new List<Term>();
        // Scratch by term number; a weight is never 0 once a term is seen, so 0 marks "not yet".
        var weight = new double[1024];
        var pageMax = new double[1024];
        var inSection = new List<int>();
        var inPage = new List<int>();
        for (var p = 0; p < pages.Pages.Count; p++)
        {
            var page = pages.Pages[p];
            var memo = new Dictionary<string, FieldCount>(StringComparer.Ordinal);
            foreach (var section in page.Sections)
            {
                var texts = RankingFields.Of(page, section);
                for (var f = 0; f < fields.Count; f++)
                {
                    if (!memo.TryGetValue(texts[f], out var count))
                    {
                        var (found, counts, length) = tally.Count(texts[f]);
                        memo.Add(texts[f], count = new FieldCount(found, counts, length));
                    }
                    if (ids.Terms.Count > weight.Length)
                    {
                        Array.Resize(ref weight, Math.Max(ids.Terms.Count, weight.Length * 2));
                        Array.Resize(ref pageMax, weight.Length);
                    }
                    // The same expression, in the same order, as the client's weightIn.
                    var norm = RankingFields.K1 * (1 - fields[f].B + fields[f].B * (count.Length / average[f]));
                    for (var k = 0; k < count.Ids.Length; k++)
                    {
                        var id = count.Ids[k];
                        double tf = count.Counts[k];
                        if (weight[id] == 0)
                        {
                            inSection.Add(id);
                        }
                        weight[id] += fields[f].Weight * tf * (RankingFields.K1 + 1) / (tf + norm);
                    }
                }
                while (terms.Count < ids.Terms.Count)
                {
                    terms.Add(new Term(ids.Terms[terms.Count]));
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

        var sorted = terms.ToArray();
        Array.Sort(sorted, (a, b) => string.CompareOrdinal(a.Text, b.Text));
        return new TermTable(sorted, lengths, sections);
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
