using Guide.Worksheets;

namespace Guide.Preparation;

/// <summary>
/// One part of "my card" and the worksheet field it is read from: a table's rows (the named columns
/// of each) or a box of lines. <see cref="Name"/> names the part in the page and its UI words.
/// </summary>
public sealed record CardPart(string Name, string WorksheetId, string FieldId, IReadOnlyList<string> Columns);

/// <summary>A card part found in its worksheet: the form control names of each row, columns in order.</summary>
public sealed record CardSource(CardPart Part, Worksheet Worksheet, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>
/// What "my card" shows and where each part comes from: the biggest gaps of the KPI gap review
/// (W1), the three-three of the self-assessment (W2) and the questions of the conversation
/// checklist (W3). The card reads these controls from what the reader saved in the browser, so an
/// editor who renames one of them is told (GUIDE071) rather than left with a card that stays empty.
/// </summary>
public static class CardRecipe
{
    public static readonly IReadOnlyList<CardPart> Parts =
    [
        new("gaps", "W1", "gaps", ["indicator", "target", "actual", "gap"]),
        new("proud", "W2", "proud", ["result"]),
        new("improve", "W2", "improve", ["area"]),
        new("support", "W2", "support", ["what"]),
        new("questions", "W3", "questions", []),
    ];

    /// <summary>The name field the card is headed with, taken from whichever of its worksheets has it.</summary>
    public const string NameField = "name";

    /// <summary>The parts whose fields exist; each missing one is reported at its worksheet (or the folder) and left off the card.</summary>
    public static IReadOnlyList<CardSource> Resolve(WorksheetCatalog catalog, string folder, DiagnosticBag diagnostics)
    {
        var found = new List<CardSource>();
        foreach (var part in Parts)
        {
            if (catalog.FindById(part.WorksheetId) is not { } worksheet)
            {
                diagnostics.Add(Diagnostic.Warning(DisplayPath.Of(folder), 0, 0, DiagnosticCodes.CardSourceMissing,
                    $"my card shows the '{part.Name}' part from worksheet {part.WorksheetId}, and there is no {part.WorksheetId}; the card leaves that part out"));
                continue;
            }
            if (Rows(worksheet, part) is { } rows)
            {
                found.Add(new CardSource(part, worksheet, rows));
                continue;
            }
            var wanted = part.Columns.Count == 0
                ? $"a '{part.FieldId}' field of kind lines or text"
                : $"a table '{part.FieldId}' with the columns {string.Join(", ", part.Columns)}";
            diagnostics.Add(Diagnostic.Warning(DisplayPath.Of(worksheet.SourcePath), worksheet.IdLine, 1, DiagnosticCodes.CardSourceMissing,
                $"my card reads its '{part.Name}' part from {wanted} in {part.WorksheetId}; put the id back, or the card leaves that part out"));
        }
        return found;
    }

    private static IReadOnlyList<IReadOnlyList<string>>? Rows(Worksheet worksheet, CardPart part) =>
        worksheet.Fields.FirstOrDefault(f => f.Id == part.FieldId) switch
        {
            TableField table when part.Columns.All(c => table.Columns.Any(t => t.Id == c)) =>
                [.. Enumerable.Range(1, table.Rows).Select(r => (IReadOnlyList<string>)[.. part.Columns.Select(c => FormControls.Join(table.Id, $"r{r}", c))])],
            MultiLineField or SingleLineField when part.Columns.Count == 0 => [[part.FieldId]],
            _ => null,
        };
}
