using Guide.Content;
using Guide.Theme.Model;

namespace Guide.Checking;

/// <summary>
/// Each language quotes with its own marks, which the theme's words name (<c>quotationMarks</c>: “”‘’ for
/// Chinese, 「」『』 for Japanese). A straight ASCII " on a page whose language does not use it renders as a
/// narrow Latin mark in the sentence and keeps the pages from looking like one book; it is reported once
/// per line, at the first one.
/// </summary>
public static class StraightQuotes
{
    public static IEnumerable<Diagnostic> Check(Page page, IEnumerable<TextRun> text, UiText words)
    {
        var marks = words["quotationMarks"];
        if (!words.Has("quotationMarks") || marks.Contains('"', StringComparison.Ordinal))
        {
            yield break;
        }
        var reported = new HashSet<int>();
        foreach (var run in text)
        {
            for (var i = run.Text.IndexOf('"'); i >= 0; i = run.Text.IndexOf('"', i + 1))
            {
                var (line, column) = run.PositionOf(i);
                if (reported.Add(line))
                {
                    yield return Diagnostic.Warning(page.SourcePath, line, column, DiagnosticCodes.StraightQuotes,
                        $"straight quotation marks \"…\" in a {words["languageName"]} page; write {Advice(marks)}");
                }
            }
        }
    }

    /// <summary>"“…” (and ‘…’ inside them)" from the marks “”‘’.</summary>
    private static string Advice(string marks) => marks.Length switch
    {
        >= 4 => $"{marks[0]}…{marks[1]} (and {marks[2]}…{marks[3]} inside them)",
        >= 2 => $"{marks[0]}…{marks[1]}",
        _ => marks,
    };
}
