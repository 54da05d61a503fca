using Guide.Content;

namespace Guide.Checking;

/// <summary>
/// Reports every word of a page that <c>input/terms.yml</c> marks as avoided for the page's audience,
/// with the word to write instead. Chinese has no spaces, so a Chinese variant matches anywhere; a
/// Latin one only as a whole word, ignoring case. The preferred word and the entry's allowed words
/// excuse an avoided word found inside them, so 绩效面谈记录与改进措施表 is not reported for containing 面谈记录与改进措施表.
/// </summary>
public static class AvoidedTerms
{
    public static IEnumerable<Diagnostic> Check(Page page, IEnumerable<TextRun> text, TermList terms)
    {
        var applicable = terms.Terms.Where(t => t.AppliesTo(page)).ToList();
        if (applicable.Count == 0)
        {
            yield break;
        }
        foreach (var run in text)
        {
            foreach (var term in applicable)
            {
                var masked = Masked(run.Text, [term.Preferred, .. term.Allow]);
                var found = term.Avoid
                    .SelectMany(variant => Occurrences(run.Text, variant).Select(i => (Index: i, Variant: variant)))
                    .Where(m => !masked.Covers(m.Index, m.Variant.Length))
                    .ToList();
                // 管理者九步法卡片 is one mistake, not also a second one for the 九步法卡片 inside it.
                foreach (var (index, variant) in found.Where(m => !found.Any(o => o != m && o.Index <= m.Index
                    && m.Index + m.Variant.Length <= o.Index + o.Variant.Length && o.Variant.Length > m.Variant.Length)).OrderBy(m => m.Index))
                {
                    var (line, column) = run.PositionOf(index);
                    var why = term.Note is { Length: > 0 } note ? $": {note}" : "";
                    yield return Diagnostic.Warning(page.SourcePath, line, column, DiagnosticCodes.AvoidedTerm,
                        $"'{variant}' is avoided on {Pages(term.Audience)}; write '{term.Preferred}' ({terms.Path}:{term.Line}{why})");
                }
            }
        }
    }

    private static string Pages(Audience audience) => audience switch
    {
        Audience.Employee => "employee pages",
        Audience.Manager => "manager pages",
        Audience.All => "every page",
        _ => throw new ArgumentOutOfRangeException(nameof(audience)),
    };

    private static IEnumerable<int> Occurrences(string text, string word)
    {
        var latin = word.All(c => c < 0x2E80);
        var comparison = latin ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        for (var i = text.IndexOf(word, comparison); i >= 0; i = text.IndexOf(word, i + 1, comparison))
        {
            if (!latin || (!IsWordChar(text, i - 1) && !IsWordChar(text, i + word.Length)))
            {
                yield return i;
            }
        }
    }

    private static bool IsWordChar(string text, int index) =>
        index >= 0 && index < text.Length && char.IsLetterOrDigit(text[index]);

    private static Mask Masked(string text, IEnumerable<string> words)
    {
        var spans = words.Where(w => w.Length > 0).SelectMany(w => Occurrences(text, w).Select(i => (i, i + w.Length))).ToList();
        return new Mask(spans);
    }

    private sealed record Mask(List<(int Start, int End)> Spans)
    {
        public bool Covers(int start, int length) => Spans.Any(s => s.Start <= start && start + length <= s.End);
    }
}
