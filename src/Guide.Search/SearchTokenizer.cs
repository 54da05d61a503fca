namespace Guide.Search;

/// <summary>
/// Splits text into index terms, the reference for the JavaScript tokenizer in
/// <c>theme/wwwroot/js/search.js</c> (both must produce the same terms for the same text).
/// <list type="bullet">
/// <item>Full-width forms fold to half-width and Latin letters to lower case; punctuation separates.</item>
/// <item>A Latin word (letters, digits, inner apostrophes) becomes one stemmed term.</item>
/// <item>A run of Han characters becomes every single character and every overlapping pair, so an
/// unspaced query or a fragment from the middle of a word still meets the text.</item>
/// </list>
/// </summary>
public static class SearchTokenizer
{
    /// <summary>
    /// Returns the terms of <paramref name="text"/> in reading order; at each Han character its
    /// single-character term comes before the pair that starts there.
    /// </summary>
    public static IReadOnlyList<SearchToken> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new TokenList(text, []);
        Scan(text, ref tokens);
        return tokens.Tokens;
    }

    /// <summary>Whether the text has any term at all, without collecting them.</summary>
    public static bool HasTerms(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length;)
        {
            var cp = CharClass.Fold(CharClass.CodePointAt(text, i));
            if (CharClass.IsWord(cp) || CharClass.IsHan(cp))
            {
                return true;
            }
            i += CharClass.Width(cp);
        }
        return false;
    }

    /// <summary>How many terms the text has, repeats included, without collecting them.</summary>
    internal static int Count(string text)
    {
        var counter = new Counter();
        Scan(text, ref counter);
        return counter.Terms;
    }

    /// <summary>
    /// The tokenizer itself: hands each term to <paramref name="sink"/> as it is read, so the index
    /// builder can count terms without making a string for each.
    /// </summary>
    internal static void Scan<TSink>(string text, ref TSink sink)
        where TSink : struct, ITermSink
    {
        char[]? word = null;
        Scan(text, ref sink, ref word);
    }

    /// <summary>The same, with a buffer for words that the caller keeps from one text to the next.</summary>
    internal static void Scan<TSink>(string text, ref TSink sink, ref char[]? word)
        where TSink : struct, ITermSink
    {
        var i = 0;
        while (i < text.Length)
        {
            var cp = CharClass.Fold(CharClass.CodePointAt(text, i));
            if (CharClass.IsWord(cp))
            {
                i = ReadWord(text, i, ref word, ref sink);
            }
            else if (CharClass.IsHan(cp))
            {
                i = ReadHanRun(text, i, ref sink);
            }
            else
            {
                i += CharClass.Width(cp);
            }
        }
    }

    private static int ReadWord<TSink>(string text, int start, ref char[]? word, ref TSink sink)
        where TSink : struct, ITermSink
    {
        word ??= sink.WantsWords ? new char[32] : [];
        var length = 0;
        var i = start;
        while (i < text.Length)
        {
            var cp = CharClass.Fold(text[i]);
            if (CharClass.IsWord(cp))
            {
                // A constant for each sink, so a counting scan compiles without the copy.
                if (sink.WantsWords)
                {
                    if (length == word.Length)
                    {
                        Array.Resize(ref word, word.Length * 2);
                    }
                    word[length++] = (char)cp;
                }
                i++;
            }
            else if (CharClass.IsApostrophe(cp) && i + 1 < text.Length && CharClass.IsWord(CharClass.Fold(text[i + 1])))
            {
                i++; // manager's → managers, don't → dont
            }
            else
            {
                break;
            }
        }

        sink.Word(new ReadOnlySpan<char>(word, 0, length), start, i - start);
        return i;
    }

    private static int ReadHanRun<TSink>(string text, int start, ref TSink sink)
        where TSink : struct, ITermSink
    {
        var i = start;
        var previous = -1;
        var previousWidth = 0;
        while (i < text.Length)
        {
            var cp = CharClass.CodePointAt(text, i);
            if (!CharClass.IsHan(cp))
            {
                break;
            }

            var width = CharClass.Width(cp);
            if (previous >= 0)
            {
                sink.Pair(previous, cp, i - previousWidth, previousWidth + width);
            }

            sink.Han(cp, i, width);
            previous = cp;
            previousWidth = width;
            i += width;
        }

        return i;
    }

    private struct Counter : ITermSink
    {
        public readonly bool WantsWords => false;

        public int Terms { get; private set; }

        public void Word(ReadOnlySpan<char> folded, int start, int length) => Terms++;

        public void Han(int cp, int start, int width) => Terms++;

        public void Pair(int first, int second, int start, int length) => Terms++;
    }

    /// <summary>Collects the terms as strings with their spans.</summary>
    private readonly struct TokenList(string text, List<SearchToken> tokens) : ITermSink
    {
        public bool WantsWords => true;

        public List<SearchToken> Tokens => tokens;

        public void Word(ReadOnlySpan<char> folded, int start, int length) =>
            tokens.Add(new SearchToken(EnglishStemmer.Stem(new string(folded)), start, length));

        public void Han(int cp, int start, int width) => tokens.Add(new SearchToken(text.Substring(start, width), start, width));

        public void Pair(int first, int second, int start, int length) => tokens.Add(new SearchToken(text.Substring(start, length), start, length));
    }
}

/// <summary>Receives the terms of a text in reading order (see <see cref="SearchTokenizer"/>).</summary>
internal interface ITermSink
{
    /// <summary>Whether <see cref="Word"/> needs the folded word; a sink that only counts does not.</summary>
    bool WantsWords { get; }

    /// <summary>A Latin word, folded but not yet stemmed.</summary>
    void Word(ReadOnlySpan<char> folded, int start, int length);

    void Han(int cp, int start, int width);

    void Pair(int first, int second, int start, int length);
}
