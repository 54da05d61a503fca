namespace Guide.Worksheets.Tests;

/// <summary>The nine shipped definitions load cleanly and cover the parts the brief asks for.</summary>
public sealed class DefinitionsTests
{
    private static readonly (WorksheetCatalog Catalog, IReadOnlyList<Diagnostic> Diagnostics) Loaded = Load();

    private static (WorksheetCatalog, IReadOnlyList<Diagnostic>) Load()
    {
        var bag = new DiagnosticBag();
        var catalog = WorksheetCatalog.Load(RepoPaths.Worksheets, bag);
        return (catalog, bag.Sorted());
    }

    [Fact]
    public void Shipped_definitions_have_no_problems()
    {
        Assert.Equal("", string.Join("\n", Loaded.Diagnostics));
    }
}
