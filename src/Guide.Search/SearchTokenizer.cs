using System.Text;

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
        var tokens = new List<SearchToken>();
        var i = 0;
        while (i < text.Length)
        {
            var cp = CharClass.Fold(CharClass.CodePointAt(text, i));
            if (CharClass.IsWord(cp))
            {
                i = ReadWord(text, i, tokens);
            }
            else if (CharClass.IsHan(cp))
            {
                i = ReadHanRun(text, i, tokens);
            }
            else
            {
                i += CharClass.Width(cp);
            }
        }

        return tokens;
    }

    private static int ReadWord(string text, int start, List<SearchToken> tokens)
    {
        var word = new StringBuilder();
        var i = start;
        while (i < text.Length)
        {
            var cp = CharClass.Fold(text[i]);
            if (CharClass.IsWord(cp))
            {
                word.Append((char)cp);
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

        tokens.Add(new SearchToken(EnglishStemmer.Stem(word.ToString()), start, i - start));
        return i;
    }

    private static int ReadHanRun(string text, int start, List<SearchToken> tokens)
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
                var pairStart = i - previousWidth;
                tokens.Add(new SearchToken(text.Substring(pairStart, previousWidth + width), pairStart, previousWidth + width));
            }

            tokens.Add(new SearchToken(text.Substring(i, width), i, width));
            previous = cp;
            previousWidth = width;
            i += width;
        }

        return i;
    }
}
