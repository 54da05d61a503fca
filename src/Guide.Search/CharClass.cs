namespace Guide.Search;

/// <summary>
/// The character rules shared by the C# and JavaScript tokenizers. They are written as explicit
/// code-point ranges rather than Unicode normalization or culture-aware lowercasing, because the
/// two runtimes disagree on the edges of those; ranges cannot drift apart.
/// Every fold maps one UTF-16 code unit to one, so offsets in folded text are offsets in the source.
/// </summary>
internal static class CharClass
{
    /// <summary>Full-width ASCII to ASCII, ideographic space to space, Latin upper to lower case.</summary>
    public static int Fold(int cp)
    {
        if (cp is >= 0xFF01 and <= 0xFF5E)
        {
            cp -= 0xFEE0;
        }
        else if (cp == 0x3000)
        {
            cp = 0x20;
        }

        if (cp is >= 0x41 and <= 0x5A)
        {
            return cp + 0x20;
        }

        // Latin-1 capitals À–Þ (but not ×) sit exactly 0x20 below their small letters.
        return cp is >= 0xC0 and <= 0xDE and not 0xD7 ? cp + 0x20 : cp;
    }

    /// <summary>CJK unified ideographs: the basic block, extension A, compatibility, and the supplementary planes.</summary>
    public static bool IsHan(int cp) =>
        cp is (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF)
            or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3134F);

    /// <summary>A character of a Latin word after folding: ASCII letters and digits, Latin-1 small letters.</summary>
    public static bool IsWord(int cp) =>
        cp is (>= 0x30 and <= 0x39) or (>= 0x61 and <= 0x7A) or (>= 0xDF and <= 0xFF and not 0xF7);

    /// <summary>Straight and curly apostrophes join a word (<c>manager's</c>, <c>don’t</c>) instead of splitting it.</summary>
    public static bool IsApostrophe(int cp) => cp is 0x27 or 0x2019;

    /// <summary>Reads the code point at <paramref name="index"/>; a lone surrogate is returned as itself.</summary>
    /// <remarks>
    /// Written out rather than through char's surrogate methods: a ReadyToRun build does not inline those
    /// into this assembly, and the index builder reads every character of a site through here.
    /// </remarks>
    public static int CodePointAt(string text, int index)
    {
        int c = text[index];
        if ((c & 0xFC00) == 0xD800 && index + 1 < text.Length && (text[index + 1] & 0xFC00) == 0xDC00)
        {
            return 0x10000 + ((c - 0xD800) << 10) + (text[index + 1] - 0xDC00);
        }

        return c;
    }

    /// <summary>Number of UTF-16 code units of a code point.</summary>
    public static int Width(int cp) => cp > 0xFFFF ? 2 : 1;
}
