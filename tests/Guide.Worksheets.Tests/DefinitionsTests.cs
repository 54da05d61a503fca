using System.Text.RegularExpressions;

namespace Guide.Worksheets.Tests;

/// <summary>The nine shipped definitions load cleanly and cover the parts the brief asks for.</summary>
public sealed partial class DefinitionsTests
{
    private static readonly (WorksheetCatalog Catalog, IReadOnlyList<Diagnostic> Diagnostics) Loaded = Load();

    private static (WorksheetCatalog, IReadOnlyList<Diagnostic>) Load()
    {
        var bag = new DiagnosticBag();
        var catalog = WorksheetCatalog.Load(Repo.Worksheets, TheGuide.Languages, bag);
        return (catalog, bag.Sorted());
    }

    [Fact]
    public void Shipped_definitions_have_no_problems()
    {
        Assert.Equal("", string.Join("\n", Loaded.Diagnostics));
    }

    [Fact]
    public void The_nine_worksheets_of_the_brief_are_there_in_order()
    {
        Assert.Equal(Enumerable.Range(1, 9).Select(i => $"W{i}"), Loaded.Catalog.All.Select(w => w.Id));
        Assert.All(Loaded.Catalog.All, w => Assert.StartsWith($"{w.Id.ToLowerInvariant()}-", w.Slug, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_worksheet_tells_how_to_fill_it_in()
    {
        Assert.All(Loaded.Catalog.All, w => Assert.InRange(w.Steps.Count, 2, 6));
    }

    [Fact]
    public void No_chinese_text_keeps_a_space_left_by_a_folded_line()
    {
        var stray = Loaded.Catalog.All
            .SelectMany(w => PrintableText.Texts(w).Select(t => $"{w.Id} {t.What}: {t.Text.Get("zh-CN")}"))
            .Where(t => StraySpace().IsMatch(t))
            .ToList();

        Assert.Empty(stray);
    }

    // A space after Chinese punctuation, or between two Chinese characters.
    [GeneratedRegex(@"[\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20] |\p{IsCJKUnifiedIdeographs} \p{IsCJKUnifiedIdeographs}")]
    private static partial Regex StraySpace();
}
