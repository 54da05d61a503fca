using System.Text.RegularExpressions;

namespace Guide.Content;

/// <summary>
/// Language codes are BCP 47 tags (<c>zh-CN</c>, <c>en</c>, <c>zh-Hant-TW</c>). A code names the folder
/// below <c>input/</c> and the one below the site root, so one that is not a well-formed tag (<c>../x</c>,
/// <c>en us</c>) is refused before any path is built from it.
/// </summary>
public static partial class LanguageTags
{
    /// <summary>A code that is a tag but names a folder the guide uses for something else.</summary>
    public static readonly IReadOnlyList<string> Reserved = [ContentLoader.AssetsFolder];

    /// <summary>Null when <paramref name="code"/> may be a language of the site; otherwise why not.</summary>
    public static string? Problem(string code)
    {
        if (!WellFormed().IsMatch(code))
        {
            return $"'{code}' is not a BCP 47 language code; write a language, then optionally a script and a region, joined by '-' (letters and digits only)";
        }
        return Reserved.Contains(code, StringComparer.OrdinalIgnoreCase)
            ? $"'{code}' is the name of the guide's {code}/ folder and cannot be a language"
            : null;
    }

    /// <summary>RFC 5646 section 2.1: language[-script][-region][-variant]*[-extension]*[-privateuse], or a private-use tag alone.</summary>
    [GeneratedRegex(
        @"^(?:(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})(?:-[a-z]{4})?(?:-(?:[a-z]{2}|[0-9]{3}))?(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*(?:-[0-9a-wyz](?:-[a-z0-9]{2,8})+)*(?:-x(?:-[a-z0-9]{1,8})+)?|x(?:-[a-z0-9]{1,8})+)\z",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WellFormed();
}
