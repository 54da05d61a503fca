namespace Guide.Search;

/// <summary>
/// Numbers the terms of an index as the tokenizer finds them, making each term's string once per
/// index rather than once per occurrence: a Han character or pair is looked up by its code points,
/// a word by its folded spelling (which also caches its stem).
/// </summary>
internal sealed class TermIds
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly SpanIds _words = new();
    private readonly Dictionary<int, int> _han = [];
    private readonly int[] _basicPlane = new int[0x10000]; // number + 1 of each Han character below U+10000
    private readonly HanPairIds _pairs = new();
    private int[] _wordTerms = new int[256]; // the term of each spelling in _words
    private int[] _pairTerms = new int[256];

    /// <summary>The terms by number.</summary>
    public List<string> Terms { get; } = [];

    public int Word(ReadOnlySpan<char> folded)
    {
        var n = _words.Add(folded, out var added);
        if (added)
        {
            Reserve(ref _wordTerms, n);
            _wordTerms[n] = Intern(EnglishStemmer.Stem(new string(folded)));
        }
        return _wordTerms[n];
    }

    public int Han(int cp)
    {
        if (cp < _basicPlane.Length)
        {
            if (_basicPlane[cp] == 0)
            {
                _basicPlane[cp] = Intern(((char)cp).ToString()) + 1;
            }
            return _basicPlane[cp] - 1;
        }
        if (!_han.TryGetValue(cp, out var id))
        {
            _han.Add(cp, id = Intern(char.ConvertFromUtf32(cp)));
        }
        return id;
    }

    public int Pair(int first, int second)
    {
        var n = _pairs.Add(first, second, out var added);
        if (added)
        {
            Reserve(ref _pairTerms, n);
            _pairTerms[n] = Intern(char.ConvertFromUtf32(first) + char.ConvertFromUtf32(second));
        }
        return _pairTerms[n];
    }

    private static void Reserve(ref int[] array, int index)
    {
        if (index >= array.Length)
        {
            Array.Resize(ref array, Math.Max(index + 1, array.Length * 2));
        }
    }

    private int Intern(string term)
    {
        if (!_ids.TryGetValue(term, out var id))
        {
            _ids.Add(term, id = Terms.Count);
            Terms.Add(term);
        }
        return id;
    }

    /// <summary>Counts a text's terms by number, in arrays reused from one text to the next.</summary>
    public sealed class Tally(TermIds ids) : ITermSink
    {
        private int[] _byId = new int[1024]; // the count of each term while a text is read; 0 between texts
        private char[]? _word;

        /// <summary>The terms of the last text read, in order of first occurrence, in the first <see cref="Found"/> places.</summary>
        public int[] Ids { get; private set; } = new int[256];

        /// <summary>How often each of <see cref="Ids"/> occurs.</summary>
        public int[] Counts { get; private set; } = new int[256];

        /// <summary>The number of distinct terms in the last text read.</summary>
        public int Found { get; private set; }

        /// <summary>The number of terms in the last text read, repeats included.</summary>
        public int Length { get; private set; }

        /// <summary>Reads <paramref name="text"/>'s terms, in place of the last text's.</summary>
        public void Read(string text)
        {
            Found = 0;
            Length = 0;
            var sink = new Sink(this);
            SearchTokenizer.Scan(text, ref sink, ref _word);
            if (Counts.Length < Ids.Length)
            {
                Counts = new int[Ids.Length];
            }
            for (var k = 0; k < Found; k++)
            {
                Counts[k] = _byId[Ids[k]];
                _byId[Ids[k]] = 0;
            }
        }

        /// <summary>The terms of <paramref name="text"/> in order of first occurrence, their counts, and the number of terms read.</summary>
        public (int[] Ids, int[] Counts, int Length) Count(string text)
        {
            Read(text);
            return (Ids[..Found], Counts[..Found], Length);
        }

        public bool WantsWords => true;

        public void Word(ReadOnlySpan<char> folded, int start, int length) => Add(ids.Word(folded));

        public void Han(int cp, int start, int width) => Add(ids.Han(cp));

        public void Pair(int first, int second, int start, int length) => Add(ids.Pair(first, second));

        private void Add(int id)
        {
            if (id >= _byId.Length)
            {
                Array.Resize(ref _byId, Math.Max(id + 1, _byId.Length * 2));
            }
            if (_byId[id]++ == 0)
            {
                if (Found == Ids.Length)
                {
                    var ids = Ids;
                    Array.Resize(ref ids, Found * 2);
                    Ids = ids;
                }
                Ids[Found++] = id;
            }
            Length++;
        }
    }

    // The tokenizer takes a struct sink, so its calls are direct; this one passes them on.
    private readonly struct Sink(Tally tally) : ITermSink
    {
        public bool WantsWords => true;

        public void Word(ReadOnlySpan<char> folded, int start, int length) => tally.Word(folded, start, length);

        public void Han(int cp, int start, int width) => tally.Han(cp, start, width);

        public void Pair(int first, int second, int start, int length) => tally.Pair(first, second, start, length);
    }
}
