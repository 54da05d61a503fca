using System.Text;

namespace Guide.Pdf.Layout;

/// <summary>
/// Line-breaking classes for mixed Chinese and English, a small subset of Unicode UAX #14 plus
/// the Chinese kinsoku rules: closing punctuation never starts a line, opening punctuation never
/// ends one, Han text may break between any two characters, Latin text only at spaces and after hyphens.
/// </summary>
internal static class BreakRules
{
    /// <summary>Characters that must not begin a line (Chinese closing punctuation and ASCII counterparts).</summary>
    public const string NoLineStart = "，。、；：？！）」』》】〕〉”’…%‰·" + ",.;:?!)]}";

    /// <summary>Characters that must not end a line (opening brackets and quotes).</summary>
    public const string NoLineEnd = "（「『《【〔〈“‘" + "([{";

    public static bool IsSpace(Rune r) => r.Value is ' ' or '\u3000' or '\t';

    /// <summary>Han ideographs, kana, CJK punctuation and full-width forms: each one is a word of its own.</summary>
    public static bool IsIdeographic(Rune r) => r.Value is
        (>= 0x2E80 and <= 0x2FDF) or (>= 0x3000 and <= 0x30FF) or (>= 0x3400 and <= 0x4DBF) or
        (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0xFE30 and <= 0xFE4F) or
        (>= 0xFF00 and <= 0xFFEF) or (>= 0x20000 and <= 0x3FFFF);

    public static bool IsNoLineStart(Rune r) => r.IsBmp && NoLineStart.Contains((char)r.Value, StringComparison.Ordinal);

    public static bool IsNoLineEnd(Rune r) => r.IsBmp && NoLineEnd.Contains((char)r.Value, StringComparison.Ordinal);

    /// <summary>May a line break fall between <paramref name="before"/> and <paramref name="after"/>?</summary>
    public static bool CanBreakBetween(Rune before, Rune after)
    {
        if (IsSpace(after) || IsNoLineStart(after) || IsNoLineEnd(before))
        {
            return false;
        }

        return IsSpace(before) || IsIdeographic(before) || IsIdeographic(after) || (before.Value == '-' && Rune.IsLetter(after));
    }
}
