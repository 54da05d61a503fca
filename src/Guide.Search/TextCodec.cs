using System.Text;

namespace Guide.Search;

/// <summary>
/// Word-based coding of the text the index ships for excerpts (the "word-based model" of Witten,
/// Moffat and Bell, <i>Managing Gigabytes</i>, ch. 2): text is cut into symbols (a run of ASCII
/// letters and digits, a Han character or a frequent Han pair, a run of anything else), and each
/// symbol is written as its number in a dictionary sorted by frequency, one to three digits of
/// <see cref="CodeAlphabet"/>. A single space between two words is implied, not written.
/// </summary>
/// <remarks>
/// Excerpts need every word of every section, and gzip of each small file a query loads gets
/// little from a page of text: coded, the text of the 2,000-page benchmark is about a fifth of
/// its UTF-8 size. A symbol too rare to earn a dictionary entry is written inline as a literal.
/// The decoder is <c>decode</c> in <c>theme/wwwroot/js/search.js</c>.
/// </remarks>
internal sealed class TextCodec
{
    /// <summary>The longest literal: its length is one digit.</summary>
    private const int MaxLiteral = CodeAlphabet.Size;

    /// <summary>
    /// At most this many dictionary entries: the dictionary is loaded with a language's first
    /// result, so a site with a very large vocabulary writes its rarest words as literals instead.
    /// </summary>
    private const int MaxEntries = 6000;

    private readonly string[] _codes;
    private readonly SpanIds _ids;
    private readonly HanPairIds _pairs;
    private readonly List<string> _symbols;

    private TextCodec(string[] codes, SpanIds ids, HanPairIds pairs, List<string> symbols, int literal, int ones, int twos)
    {
        _codes = codes;
        _ids = ids;
        _pairs = pairs;
        _symbols = symbols;
        Literal = literal;
        Ones = ones;
        Twos = twos;
    }

    /// <summary>The number that introduces a literal: a length digit and the text itself follow.</summary>
    public int Literal { get; }

    /// <summary>Numbers below this are one digit.</summary>
    public int Ones { get; }

    /// <summary>Lead digits of two-digit numbers; the remaining lead digits start three-digit numbers.</summary>
    public int Twos { get; }

    /// <summary>Chooses the symbols and their numbers for the given strings, the same way for the same strings.</summary>
    public static TextCodec For(IReadOnlyList<string> strings)
    {
        var pairs = CohesivePairs(strings);
        // Each distinct symbol gets a number in order of appearance. A string is cut into symbols again
        // when it is coded: keeping every string's numbers took more memory than all the text itself.
        var found = new SpanIds();
        var counts = new int[1024];
        foreach (var text in strings)
        {
            for (var i = NextSymbol(text, 0, pairs, out var length); i < text.Length; i = NextSymbol(text, i + length, pairs, out length))
            {
                var id = found.Add(text.AsSpan(i, length), out _);
                if (id == counts.Length)
                {
                    Array.Resize(ref counts, id * 2);
                }
                counts[id]++;
            }
        }
        var texts = Enumerable.Range(0, found.Count).Select(i => found[i].ToString()).ToList();

        // A word longer than a literal can hold always has an entry (it cannot be split: the halves would decode with a space).
        var entries = Enumerable.Range(0, texts.Count).Where(i => EarnsEntry(texts[i], counts[i]))
            .OrderByDescending(i => texts[i].Length > MaxLiteral).ThenByDescending(i => counts[i]).ThenBy(i => texts[i], StringComparer.Ordinal)
            .Take(MaxEntries).ToList();
        var kept = entries.ToHashSet();
        var literals = Enumerable.Range(0, texts.Count).Where(i => !kept.Contains(i)).Sum(i => counts[i]);
        // The literal marker takes its place by frequency like any symbol; it sorts as "" among equals.
        var ordered = entries.Select(i => (Text: texts[i], Count: counts[i], Id: i)).Append((Text: "", Count: literals, Id: -1))
            .OrderByDescending(e => e.Count).ThenBy(e => e.Text, StringComparer.Ordinal).ToList();
        var (ones, twos) = Widths([.. ordered.Select(e => e.Count)]);
        var literal = ordered.FindIndex(e => e.Id < 0);
        // Codes are kept as they appear inside a string literal: digits need no escape, and a literal's
        // text is escaped alone the same as among digits (JsLiteral looks no further than a neighbouring surrogate).
        var codes = new string[texts.Count];
        var sb = new StringBuilder();
        for (var n = 0; n < ordered.Count; n++)
        {
            if (ordered[n].Id >= 0)
            {
                codes[ordered[n].Id] = Number(sb.Clear(), n, ones, twos).ToString();
            }
        }
        for (var i = 0; i < texts.Count; i++)
        {
            if (codes[i] is null)
            {
                Number(sb.Clear(), literal, ones, twos).Append(CodeAlphabet.Digit(texts[i].Length - 1));
                JsLiteral.Escape(sb, texts[i]);
                codes[i] = sb.ToString();
            }
        }
        return new TextCodec(codes, found, pairs, [.. ordered.Select(e => e.Text)], literal, ones, twos);
    }

    /// <summary>
    /// Appends the coded form of <paramref name="text"/>, one of the strings the codec was made for, as a
    /// JavaScript string literal: digits, with literals inline.
    /// </summary>
    public void AppendLiteral(StringBuilder sb, string text)
    {
        sb.Append('"');
        for (var i = NextSymbol(text, 0, _pairs, out var length); i < text.Length; i = NextSymbol(text, i + length, _pairs, out length))
        {
            var id = _ids.Find(text.AsSpan(i, length));
            if (id < 0)
            {
                throw new ArgumentException("The codec was not made for this string; pass every string to TextCodec.For.", nameof(text));
            }
            sb.Append(_codes[id]);
        }
        sb.Append('"');
    }

    /// <summary>Writes the dictionary as a JavaScript object: <c>{"ones":…,"twos":…,"literal":…,"symbols":[…]}</c>.</summary>
    public void Write(StringBuilder sb)
    {
        sb.Append("{\"ones\":");
        JsLiteral.Int(sb, Ones);
        sb.Append(",\"twos\":");
        JsLiteral.Int(sb, Twos);
        sb.Append(",\"literal\":");
        JsLiteral.Int(sb, Literal);
        sb.Append(",\"symbols\":[");
        for (var i = 0; i < _symbols.Count; i++)
        {
            sb.Append(i == 0 ? "" : ",");
            JsLiteral.String(sb, _symbols[i]);
        }
        sb.Append("]}");
    }

    /// <summary>
    /// Finds the next symbol of <paramref name="text"/> from <paramref name="i"/>: returns where it starts
    /// and its length, or the text's length at its end. Words are runs of ASCII letters and digits; a single
    /// space between two words is skipped (the decoder puts it back between any two symbols that start with
    /// a letter or digit).
    /// </summary>
    private static int NextSymbol(string text, int i, HanPairIds pairs, out int length)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                var end = i + 1;
                while (end < text.Length && IsWordChar(text[end]))
                {
                    end++;
                }
                length = end - i;
                return i;
            }

            var cp = CharClass.CodePointAt(text, i);
            if (CharClass.IsHan(cp))
            {
                var width = CharClass.Width(cp);
                length = width;
                if (i + width < text.Length)
                {
                    var next = CharClass.CodePointAt(text, i + width);
                    if (CharClass.IsHan(next) && pairs.Find(cp, next) >= 0)
                    {
                        length += CharClass.Width(next);
                    }
                }
                return i;
            }

            // A single space between two words is implied.
            if (c == ' ' && i > 0 && i + 1 < text.Length && IsWordChar(text[i - 1]) && IsWordChar(text[i + 1]))
            {
                i++;
                continue;
            }

            // Runs of other characters are cut to literal length; two of them in a row decode as written.
            var start = i;
            while (i < text.Length && !IsWordChar(text[i]))
            {
                var other = CharClass.CodePointAt(text, i);
                if (CharClass.IsHan(other) || i - start + CharClass.Width(other) > MaxLiteral)
                {
                    break;
                }
                i += CharClass.Width(other);
            }
            length = i - start;
            return start;
        }
        length = 0;
        return text.Length;
    }

    // Not char.IsAsciiLetterOrDigit, which a ReadyToRun build calls rather than inlines.
    private static bool IsWordChar(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;

    /// <summary>
    /// Han pairs that behave like words: frequent, and at least a quarter of the occurrences of the
    /// rarer of their two characters. 绩效 qualifies; 的 followed by whatever comes next does not.
    /// </summary>
    private static HanPairIds CohesivePairs(IReadOnlyList<string> strings)
    {
        var chars = new int[0x31350]; // by code point, up to the last Han block (CharClass.IsHan)
        var pairs = new HanPairIds();
        var counts = new int[1024];
        foreach (var text in strings)
        {
            // A string without a character this high (most of an English site) is passed over by a vectorised search.
            var previous = -1;
            for (var i = text.AsSpan().IndexOfAnyInRange('\u3400', '\uffff') is >= 0 and var high ? high : text.Length; i < text.Length;)
            {
                if (text[i] < 0x3400)
                {
                    previous = -1;
                    i++;
                    continue;
                }
                var cp = CharClass.CodePointAt(text, i);
                i += CharClass.Width(cp);
                if (!CharClass.IsHan(cp))
                {
                    previous = -1;
                    continue;
                }
                chars[cp]++;
                if (previous >= 0)
                {
                    var pair = pairs.Add(previous, cp, out _);
                    if (pair == counts.Length)
                    {
                        Array.Resize(ref counts, pair * 2);
                    }
                    counts[pair]++;
                }
                previous = cp;
            }
        }

        var cohesive = new HanPairIds();
        for (var id = 0; id < pairs.Count; id++)
        {
            var (first, second) = pairs[id];
            if (counts[id] >= 4 && counts[id] * 4 >= Math.Min(chars[first], chars[second]))
            {
                cohesive.Add(first, second, out _);
            }
        }
        return cohesive;
    }

    // An entry costs its text, quotes and a comma once; a literal costs its text and two digits every time.
    private static bool EarnsEntry(string symbol, int count)
    {
        if (symbol.Length > MaxLiteral)
        {
            return true;
        }
        var bytes = Encoding.UTF8.GetByteCount(symbol);
        return count >= 2 && (count - 1) * bytes > 3;
    }

    /// <summary>How many one-digit numbers and two-digit lead digits give the shortest text for these frequencies.</summary>
    private static (int Ones, int Twos) Widths(int[] counts)
    {
        var prefix = new long[counts.Length + 1];
        for (var i = 0; i < counts.Length; i++)
        {
            prefix[i + 1] = prefix[i] + counts[i];
        }
        const int n = CodeAlphabet.Size;
        var best = (Cost: long.MaxValue, Ones: n, Twos: 0);
        for (var ones = 1; ones <= n; ones++)
        {
            for (var twos = 0; ones + twos <= n; twos++)
            {
                var threes = n - ones - twos;
                if (ones + (long)twos * n + (long)threes * n * n < counts.Length)
                {
                    continue;
                }
                var endOne = Math.Min(counts.Length, ones);
                var endTwo = (int)Math.Min(counts.Length, ones + (long)twos * n);
                var cost = prefix[endOne] + 2 * (prefix[endTwo] - prefix[endOne]) + 3 * (prefix[counts.Length] - prefix[endTwo]);
                if (cost < best.Cost)
                {
                    best = (cost, ones, twos);
                }
            }
        }
        return (best.Ones, best.Twos);
    }

    private static StringBuilder Number(StringBuilder sb, int id, int ones, int twos)
    {
        const int n = CodeAlphabet.Size;
        if (id < ones)
        {
            return sb.Append(CodeAlphabet.Digit(id));
        }
        if (id < ones + twos * n)
        {
            var rest = id - ones;
            return sb.Append(CodeAlphabet.Digit(ones + rest / n)).Append(CodeAlphabet.Digit(rest % n));
        }
        var beyond = id - ones - twos * n;
        sb.Append(CodeAlphabet.Digit(ones + twos + beyond / (n * n)));
        CodeAlphabet.Append(sb, beyond % (n * n), 2);
        return sb;
    }
}
