using Guide.Content;

namespace Guide.Checking;

/// <summary>
/// Chinese pages quote with “” (and ‘’ inside them). A straight ASCII " renders as a narrow Latin
/// mark in a Chinese sentence and keeps the pages from looking like one book; it is reported once
/// per line, at the first one.
/// </summary>
public static class StraightQuotes
{
    public static IEnumerable<Diagnostic> Check(Page page, IEnumerable<TextRun> text)
    {
        if (!IsChinese(page.Lang))
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
                        "straight quotation marks \"…\" in a Chinese page; write Chinese quotation marks “…” (and ‘…’ inside them)");
                }
            }
        }
    }

    private static bool IsChinese(string lang) => lang.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
}
