namespace Guide.Search;

/// <summary>
/// Numbers the terms of an index as the tokenizer finds them, making each term's string once per
/// index rather than once per occurrence: a Han character or pair is looked up by its code points,
/// a word by its folded spelling (which also caches its stem).
/// </summary>
internal sealed class TermIds
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordSpans;
    private readonly Dictionary<int, int> _han = [];
    private readonly int[] _basicPlane = new int[0x10000]; // number + 1 of each Han character below U+10000
    private readonly Dictionary<long, int> _pairs = [];

    public TermIds() => _wordSpans = _words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The terms by number.</summary>
    public List<string> Terms { get; } = [];

    public int Word(ReadOnlySpan<char> folded)
    {
        if (!_wordSpans.TryGetValue(folded, out var id))
        {
            var word = new string(folded);
            id = Intern(EnglishStemmer.Stem(word));
            _words.Add(word, id);
        }
        return id;
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
        var key = ((long)first << 21) | (uint)second;
        if (!_pairs.TryGetValue(key, out var id))
        {
            _pairs.Add(key, id = Intern(char.ConvertFromUtf32(first) + char.ConvertFromUtf32(second)));
        }
        return id;
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

    /// <summary>Counts a text's terms by number, in an array reused from one text to the next.</summary>
    public sealed class Tally(TermIds ids) : ITermSink
    {
        private readonly List<int> _seen = [];
        private int[] _counts = new int[1024];
        private int _length;

        /// <summary>The terms of <paramref name="text"/> in order of first occurrence, their counts, and the number of terms read.</summary>
        public (int[] Ids, int[] Counts, int Length) Count(string text)
        {
            var sink = new Sink(this);
            SearchTokenizer.Scan(text, ref sink);
            var found = _seen.ToArray();
            var counts = new int[found.Length];
            for (var k = 0; k < found.Length; k++)
            {
                counts[k] = _counts[found[k]];
                _counts[found[k]] = 0;
            }
            var length = _length;
            _seen.Clear();
            _length = 0;
            return (found, counts, length);
        }

        public void Word(ReadOnlySpan<char> folded, int start, int length) => Add(ids.Word(folded));

        public void Han(int cp, int start, int width) => Add(ids.Han(cp));

        public void Pair(int first, int second, int start, int length) => Add(ids.Pair(first, second));

        private void Add(int id)
        {
            if (id >= _counts.Length)
            {
                Array.Resize(ref _counts, Math.Max(id + 1, _counts.Length * 2));
            }
            if (_counts[id]++ == 0)
            {
                _seen.Add(id);
            }
            _length++;
        }
    }

    // The tokenizer takes a struct sink, so its calls are direct; this one passes them on.
    private readonly struct Sink(Tally tally) : ITermSink
    {
        public void Word(ReadOnlySpan<char> folded, int start, int length) => tally.Word(folded, start, length);

        public void Han(int cp, int start, int width) => tally.Han(cp, start, width);

        public void Pair(int first, int second, int start, int length) => tally.Pair(first, second, start, length);
    }
}
