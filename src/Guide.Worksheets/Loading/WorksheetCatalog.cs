namespace Guide.Worksheets;

/// <summary>
/// Every worksheet definition of the site, ordered by id number (W1, W2 … W10), with a lookup by
/// id (for <c>worksheet:W2</c> links).
/// </summary>
public sealed class WorksheetCatalog
{
    private WorksheetCatalog(IReadOnlyList<Worksheet> worksheets) => All = worksheets;

    /// <summary>The worksheets, W1 first.</summary>
    public IReadOnlyList<Worksheet> All { get; }

    /// <summary>The worksheet with this id (case-insensitive), or null.</summary>
    public Worksheet? FindById(string id) =>
        All.FirstOrDefault(w => string.Equals(w.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Loads every <c>*.yml</c> file of <paramref name="folder"/>, each text in every one of
    /// <paramref name="languages"/> (the site's, default first). Files with errors are left out of the
    /// catalog and their problems go into <paramref name="diagnostics"/>; nothing throws.
    /// </summary>
    public static WorksheetCatalog Load(string folder, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(folder))
        {
            diagnostics.Add(Diagnostic.Error(folder, 0, 0, DiagnosticCodes.NoWorksheets,
                "the worksheets folder does not exist; create it with one <slug>.yml file per worksheet"));
            return new WorksheetCatalog([]);
        }

        var files = Directory.GetFiles(folder, "*.yml").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error(folder, 0, 0, DiagnosticCodes.NoWorksheets,
                "the worksheets folder has no .yml files"));
        }

        var loaded = new List<Worksheet>();
        foreach (var file in files)
        {
            // Only regular UTF-8 files inside the folder are read (a FIFO would block, a link could lead anywhere).
            if (InputFile.ReadText(file, folder, file, diagnostics) is { } text && Parse(file, text, languages, diagnostics) is { } worksheet)
            {
                loaded.Add(worksheet);
            }
        }

        return new WorksheetCatalog(Deduplicate(loaded, diagnostics));
    }

    /// <summary>Parses one definition from text; used by tests and by a preview of a single file.</summary>
    public static Worksheet? Parse(string path, string text, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        try
        {
            return DefinitionParser.Parse(path, text, Path.GetFileNameWithoutExtension(path), languages, diagnostics);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these instead of a YamlException for some broken input; still a syntax error at this file.
            diagnostics.Add(Diagnostic.Error(path, 1, 1, DiagnosticCodes.YamlSyntax, $"not valid YAML ({e.Message}); check the brackets, quotes and '*' or '&' at the start of a text"));
            return null;
        }
    }

    private static List<Worksheet> Deduplicate(List<Worksheet> loaded, DiagnosticBag diagnostics)
    {
        var result = new List<Worksheet>();
        foreach (var worksheet in loaded.OrderBy(w => Number(w.Id)).ThenBy(w => w.Slug, StringComparer.Ordinal))
        {
            if (result.FirstOrDefault(w => string.Equals(w.Id, worksheet.Id, StringComparison.OrdinalIgnoreCase)) is { } first)
            {
                diagnostics.Add(Diagnostic.Error(worksheet.SourcePath, worksheet.IdLine, 5, DiagnosticCodes.DuplicateWorksheet,
                    $"worksheet id {worksheet.Id} is already used by {Path.GetFileName(first.SourcePath)}; give each worksheet its own id"));
                continue;
            }

            result.Add(worksheet);
        }

        return result;
    }

    private static int Number(string id) => int.TryParse(id.AsSpan(1), out var n) ? n : int.MaxValue;
}
