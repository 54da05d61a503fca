using System.Text.RegularExpressions;

namespace Guide.Tests.Languages;

/// <summary>
/// Languages come from site.yml and their words from <c>theme/i18n</c>: no code of the program or the theme
/// names one, so a guide in other languages needs no change to it. Comments may give examples.
/// </summary>
public sealed partial class NoLanguageInCodeTests
{
    [Fact]
    public void No_language_code_is_written_in_the_code_of_src_or_theme()
    {
        var files = new[] { "src", "theme" }
            .SelectMany(dir => Directory.EnumerateFiles(Path.Combine(Repo.Root, dir), "*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".js", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

        var found = files
            .SelectMany(f => LanguageCode().Matches(Comments().Replace(File.ReadAllText(f), ""))
                .Select(m => $"{Path.GetRelativePath(Repo.Root, f)}: {m.Value}"))
            .ToList();

        Assert.True(found.Count == 0, "language codes in code:\n" + string.Join('\n', found));
    }

    [Fact]
    public void The_scan_finds_a_code_where_one_is_written()
    {
        Assert.Matches(LanguageCode(), "var english = Strings(\"en\");");
        Assert.Matches(LanguageCode(), "Lang = \"zh-CN\";");
        Assert.DoesNotMatch(LanguageCode(), Comments().Replace("/// <c>zh-CN/before/</c>\n// zh-CN first\n@* lang=\"zh-CN\" *@", ""));
    }

    /// <summary>A language tag of the shipped or the test guides in a string, or a test of a tag's start.</summary>
    [GeneratedRegex("""(?i)["'](zh|en|ja)(-[a-z]{2,4})*["']|\bzh-(CN|Hans|Hant|TW)\b""")]
    private static partial Regex LanguageCode();

    /// <summary>C#, JS and Razor comments.</summary>
    [GeneratedRegex(@"(?s)@\*.*?\*@|/\*.*?\*/|//[^\n]*")]
    private static partial Regex Comments();
}
