using System.Text;

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

    /// <param name="scale">The levels the page bounds are kept on: a term's pages are coded as they come, not kept as weights.</param>
    public static TermTable From(IndexedPages pages, BoundScale scale)
    {
        RankingField[] fields = [.. RankingFields.All];
        var lengths = new long[fields.Length];
        var sections = 0;
        // BM25 needs every field's average length before the first weight, so a first pass only
        // counts terms; keeping each section's terms for a second look would cost more memory than
        // reading the text again. A page's title, tags and summary repeat in each of its sections:
        // read once per page.
        foreach (var page in pages.Pages)
        {
            var (title, tags, summary) = (SearchTokenizer.Count(page.Title), SearchTokenizer.Count(page.Tags), SearchTokenizer.Count(page.Summary));
            foreach (var section in page.Sections)
            {
                sections++;
                var texts = RankingFields.Of(page, section);
                for (var f = 0; f < fields.Length; f++)
                {
                    var text = texts[f];
                    lengths[f] += text == page.Title ? title : text == page.Tags ? tags : text == page.Summary ? summary : SearchTokenizer.Count(text);
                }
            }
        }
        var average = lengths.Select(l => Math.Max(1, (double)l / Math.Max(1, sections))).ToArray();

        var ids = new TermIds();
        var tally = new TermIds.Tally(ids);
        var terms = new Term[1024];
        var termCount = 0;
        // Scratch by term number; a weight is never 0 once a term is seen, so 0 marks "not yet". Arrays
        // rather than lists throughout: a ReadyToRun build calls List's methods here rather than inlining them.
        var weight = new double[1024];
        var pageMax = new double[1024];
        var (inSection, inPage) = (new int[1024], new int[1024]);
        var (inSectionCount, inPageCount) = (0, 0);
        for (var p = 0; p < pages.Pages.Count; p++)
        {
            // The terms of the page's own fields are read once a page; other fields are read from the tally.
            var page = pages.Pages[p];
            var (pageTitle, pageTags, pageSummary) = (FieldTerms.Of(page.Title, tally), FieldTerms.Of(page.Tags, tally), FieldTerms.Of(page.Summary, tally));
            foreach (var section in page.Sections)
            {
                var texts = RankingFields.Of(page, section);
                for (var f = 0; f < fields.Length; f++)
                {
                    var text = texts[f];
                    var memo = text == page.Title ? pageTitle : text == page.Tags ? pageTags : text == page.Summary ? pageSummary : null;
                    if (memo is null)
                    {
                        tally.Read(text);
                    }
                    var (found, counted, length) = memo is null ? (tally.Found, tally.Counts, tally.Length) : (memo.Found, memo.Counts, memo.Length);
                    var termIds = memo is null ? tally.Ids : memo.Ids;
                    if (ids.Terms.Count > weight.Length)
                    {
                        var size = Math.Max(ids.Terms.Count, weight.Length * 2);
                        Array.Resize(ref weight, size);
                        Array.Resize(ref pageMax, size);
                        Array.Resize(ref inSection, size);
                        Array.Resize(ref inPage, size);
                        Array.Resize(ref terms, size);
                    }
                    // The same expression, in the same order, as the client's weightIn.
                    var norm = RankingFields.K1 * (1 - fields[f].B + fields[f].B * ((double)length / average[f]));
                    var fieldWeight = fields[f].Weight;
                    for (var k = 0; k < found; k++)
                    {
                        var id = termIds[k];
                        double tf = counted[k];
                        if (weight[id] == 0)
                        {
                            inSection[inSectionCount++] = id;
                        }
                        weight[id] += fieldWeight * tf * (RankingFields.K1 + 1) / (tf + norm);
                    }
                }
                for (; termCount < ids.Terms.Count; termCount++)
                {
                    terms[termCount] = new Term(ids.Terms[termCount]);
                }
                for (var k = 0; k < inSectionCount; k++)
                {
                    var id = inSection[k];
                    terms[id].Sections++;
                    if (pageMax[id] == 0)
                    {
                        inPage[inPageCount++] = id;
                    }
                    // Weights are positive: the larger, as Math.Max gives it.
                    if (weight[id] > pageMax[id])
                    {
                        pageMax[id] = weight[id];
                    }
                    weight[id] = 0;
                }
                inSectionCount = 0;
            }
            for (var k = 0; k < inPageCount; k++)
            {
                var id = inPage[k];
                terms[id].AddPage(p, scale.LevelOf(pageMax[id]));
                pageMax[id] = 0;
            }
            inPageCount = 0;
        }

        var sorted = terms[..termCount];
        Array.Sort(sorted, (a, b) => string.CompareOrdinal(a.Text, b.Text));
        return new TermTable(sorted, lengths, sections);
    }

    /// <param name="Text">The term: a stemmed word, a Han character or a Han pair.</param>
    internal sealed record Term(string Text)
    {
        private const int GapBase = CodeAlphabet.Size - BoundScale.Levels;

        // The pages as TermShards writes them, coded as each page is read: about a byte a page where a
        // list of (page, weight) pairs took sixteen and more, for millions of pairs at 20,000 pages.
        private byte[] _coded = [];
        private int _previous = -1;

        /// <summary>The number of sections that have the term in any field.</summary>
        public int Sections { get; set; }

        /// <summary>The length of <see cref="AppendPages"/>'s text.</summary>
        public int CodedLength { get; private set; }

        /// <summary>
        /// Adds a page that has the term, after every page added before, with the level (<see cref="BoundScale"/>)
        /// of its largest weight in one of its sections: one digit, preceded, when the page is not the one after
        /// the previous, by the gap in base 33 written with the digits above the levels.
        /// </summary>
        public void AddPage(int page, int level)
        {
            if (page - _previous > 1)
            {
                // Most significant digit first; a gap of an int takes at most seven base-33 digits.
                Span<byte> gap = stackalloc byte[8];
                var rest = page - _previous - 2;
                var n = 0;
                do
                {
                    gap[n++] = (byte)CodeAlphabet.Digit(BoundScale.Levels + rest % GapBase);
                    rest /= GapBase;
                }
                while (rest > 0);
                Reserve(n);
                for (var k = n - 1; k >= 0; k--)
                {
                    _coded[CodedLength++] = gap[k];
                }
            }
            Reserve(1);
            _coded[CodedLength++] = (byte)CodeAlphabet.Digit(level);
            _previous = page;
        }

        /// <summary>Appends the coded pages (ASCII digits of <see cref="CodeAlphabet"/>).</summary>
        public void AppendPages(StringBuilder sb)
        {
            for (var i = 0; i < CodedLength; i++)
            {
                sb.Append((char)_coded[i]);
            }
        }

        private void Reserve(int more)
        {
            if (CodedLength + more > _coded.Length)
            {
                Array.Resize(ref _coded, Math.Max(CodedLength + more, Math.Max(4, _coded.Length * 2)));
            }
        }
    }

    /// <summary>A field's terms (as numbers), how often each occurs, and how many terms it has, kept from a <see cref="TermIds.Tally"/>.</summary>
    private sealed record FieldTerms(int[] Ids, int[] Counts, int Found, int Length)
    {
        public static FieldTerms Of(string text, TermIds.Tally tally)
        {
            tally.Read(text);
            return new(tally.Ids[..tally.Found], tally.Counts[..tally.Found], tally.Found, tally.Length);
        }
    }
}
