namespace Guide.Search;

/// <summary>
/// A deliberately light English stemmer: plurals, <c>-ing</c>/<c>-ed</c>, up to two derivational suffixes,
/// a final <c>e</c> and British/American <c>-ise</c>/<c>-ize</c>. It conflates the word forms a
/// reader types (<c>listening</c>, <c>disagrees</c>, <c>ratings</c>, <c>criticised</c>) without the
/// over-stemming of full Porter, and it is small enough to keep identical to the copy in
/// <c>theme/wwwroot/js/search.js</c>; the agreement test runs both on the same words.
/// </summary>
public static class EnglishStemmer
{
    private static readonly string[] Derivational = ["ation", "ment", "ness", "ally", "ism", "ful", "al", "ly"];

    /// <summary>Returns the stem of a folded (lower-case) word; short words and words with digits are kept.</summary>
    public static string Stem(string word)
    {
        if (word.Length < 4 || word.Any(char.IsAsciiDigit))
        {
            return word;
        }

        var w = StripPlural(word);
        w = StripInflection(w);
        // Two passes, so confrontational → confrontation → confront meets confront and confrontation.
        w = StripDerivational(StripDerivational(w));

        if (w.Length >= 5 && w[^1] == 'e')
        {
            w = w[..^1];
        }

        // criticise, criticize, criticism and critical all meet at "critic".
        if ((w.EndsWith("is", StringComparison.Ordinal) || w.EndsWith("iz", StringComparison.Ordinal)) && w.Length >= 6)
        {
            w = w[..^2];
        }

        return w;
    }

    private static string StripDerivational(string w)
    {
        foreach (var suffix in Derivational)
        {
            if (w.EndsWith(suffix, StringComparison.Ordinal) && w.Length - suffix.Length >= 4)
            {
                return w[..^suffix.Length];
            }
        }

        return w;
    }

    private static string StripPlural(string w)
    {
        if (w.EndsWith("sses", StringComparison.Ordinal))
        {
            return w[..^2];
        }

        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            return w[..^3] + "y";
        }

        // "ss", "us" and "is" end singular words (process, status, analysis), but KPIs is a plural.
        if (w[^1] == 's' && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal)
            && !(w.EndsWith("is", StringComparison.Ordinal) && w.Length > 4))
        {
            return w[..^1];
        }

        return w;
    }

    private static string StripInflection(string w)
    {
        // disagreed → disagree, so it meets disagrees once the final e goes.
        if (w.EndsWith("eed", StringComparison.Ordinal) && w.Length >= 6)
        {
            return w[..^1];
        }

        foreach (var suffix in (string[])["ing", "ed"])
        {
            var stem = w.Length - suffix.Length;
            if (!w.EndsWith(suffix, StringComparison.Ordinal) || stem < 3 || !w[..stem].Any(IsVowel))
            {
                continue;
            }

            w = w[..stem];
            if (w[^1] == w[^2] && !"aeiouylsz".Contains(w[^1], StringComparison.Ordinal))
            {
                return w[..^1]; // planning → plan, setting → set
            }

            // rating → rat → rate, noting → note: restore the e a short stem lost, so they meet rate and note.
            return w.Length == 3 && !IsVowel(w[0]) && IsVowel(w[1]) && !IsVowel(w[2]) && !"wxy".Contains(w[2], StringComparison.Ordinal)
                ? w + "e"
                : w;
        }

        return w;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
