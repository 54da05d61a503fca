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

    private readonly HashSet<string> _pairs;
    private readonly Dictionary<string, int> _ids;
    private readonly List<string> _symbols;

    private TextCodec(HashSet<string> pairs, List<string> symbols, int literal, int ones, int twos)
    {
        _pairs = pairs;
        _symbols = symbols;
        Literal = literal;
        Ones = ones;
        Twos = twos;
        _ids = [];
        for (var i = 0; i < symbols.Count; i++)
        {
            if (i != literal)
            {
                _ids.Add(symbols[i], i);
            }
        }
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
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in strings)
        {
            foreach (var symbol in Symbols(text, pairs))
            {
                counts[symbol] = counts.GetValueOrDefault(symbol) + 1;
            }
        }

        // A word longer than a literal can hold always has an entry (it cannot be split: the halves would decode with a space).
        var entries = counts.Where(c => EarnsEntry(c.Key, c.Value))
            .OrderByDescending(c => c.Key.Length > MaxLiteral).ThenByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(MaxEntries).ToList();
        var kept = entries.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var literals = counts.Where(c => !kept.Contains(c.Key)).Sum(c => c.Value);
        // The literal marker takes its place by frequency like any symbol; it sorts as "" among equals.
        var ordered = entries.Append(new KeyValuePair<string, int>("", literals))
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
        var symbols = ordered.Select(e => e.Key).ToList();
        var literal = symbols.IndexOf("");
        var (ones, twos) = Widths([.. ordered.Select(e => e.Value)]);
        return new TextCodec(pairs, symbols, literal, ones, twos);
    }

    /// <summary>The coded form of <paramref name="text"/>: digits, with literals inline.</summary>
    public string Encode(string text)
    {
        var sb = new StringBuilder(text.Length / 3 + 4);
        foreach (var symbol in Symbols(text, _pairs))
        {
            if (_ids.TryGetValue(symbol, out var id))
            {
                AppendNumber(sb, id);
                continue;
            }
            AppendNumber(sb, Literal);
            sb.Append(CodeAlphabet.Digit(symbol.Length - 1));
            sb.Append(symbol);
        }
        return sb.ToString();
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
    /// Cuts text into symbols. Words are runs of ASCII letters and digits; a single space between two
    /// words is dropped (the decoder puts it back between any two symbols that start with a letter or digit).
    /// </summary>
    internal static IEnumerable<string> Symbols(string text, IReadOnlySet<string> pairs)
    {
        var i = 0;
        while (i < text.Length)
        {
            var cp = CharClass.CodePointAt(text, i);
            if (IsWordChar(text[i]))
            {
                var end = i;
                while (end < text.Length && IsWordChar(text[end]))
                {
                    end++;
                }
                yield return text[i..end];
                i = end;
                continue;
            }

            if (CharClass.IsHan(cp))
            {
                var width = CharClass.Width(cp);
                if (i + width < text.Length && CharClass.IsHan(CharClass.CodePointAt(text, i + width)))
                {
                    var pair = text.Substring(i, width + CharClass.Width(CharClass.CodePointAt(text, i + width)));
                    if (pairs.Contains(pair))
                    {
                        yield return pair;
                        i += pair.Length;
                        continue;
                    }
                }
                yield return text.Substring(i, width);
                i += width;
                continue;
            }

            // Runs of other characters are cut to literal length; two of them in a row decode as written.
            var start = i;
            while (i < text.Length && !IsWordChar(text[i]) && !CharClass.IsHan(CharClass.CodePointAt(text, i))
                && i - start + CharClass.Width(CharClass.CodePointAt(text, i)) <= MaxLiteral)
            {
                i += CharClass.Width(CharClass.CodePointAt(text, i));
            }
            var wordBefore = start > 0 && IsWordChar(text[start - 1]);
            if (i - start == 1 && text[start] == ' ' && wordBefore && i < text.Length && IsWordChar(text[i]))
            {
                continue;
            }
            yield return text[start..i];
        }
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c);

    /// <summary>
    /// Han pairs that behave like words: frequent, and at least a quarter of the occurrences of the
    /// rarer of their two characters. 绩效 qualifies; 的 followed by whatever comes next does not.
    /// </summary>
    private static HashSet<string> CohesivePairs(IReadOnlyList<string> strings)
    {
        var chars = new Dictionary<string, int>(StringComparer.Ordinal);
        var pairs = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in strings)
        {
            string? previous = null;
            for (var i = 0; i < text.Length;)
            {
                var cp = CharClass.CodePointAt(text, i);
                var width = CharClass.Width(cp);
                if (!CharClass.IsHan(cp))
                {
                    previous = null;
                    i += width;
                    continue;
                }
                var current = text.Substring(i, width);
                chars[current] = chars.GetValueOrDefault(current) + 1;
                if (previous is not null)
                {
                    var pair = previous + current;
                    pairs[pair] = pairs.GetValueOrDefault(pair) + 1;
                }
                previous = current;
                i += width;
            }
        }

        return pairs.Where(p => p.Value >= 4 && p.Value * 4 >= Math.Min(chars[First(p.Key)], chars[p.Key[First(p.Key).Length..]]))
            .Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
    }

    private static string First(string pair) => pair[..CharClass.Width(CharClass.CodePointAt(pair, 0))];

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

    private void AppendNumber(StringBuilder sb, int id)
    {
        const int n = CodeAlphabet.Size;
        if (id < Ones)
        {
            sb.Append(CodeAlphabet.Digit(id));
        }
        else if (id < Ones + Twos * n)
        {
            var rest = id - Ones;
            sb.Append(CodeAlphabet.Digit(Ones + rest / n));
            sb.Append(CodeAlphabet.Digit(rest % n));
        }
        else
        {
            var rest = id - Ones - Twos * n;
            sb.Append(CodeAlphabet.Digit(Ones + Twos + rest / (n * n)));
            CodeAlphabet.Append(sb, rest % (n * n), 2);
        }
    }
}
