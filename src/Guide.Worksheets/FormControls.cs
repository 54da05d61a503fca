namespace Guide.Worksheets;

/// <summary>Whether a control is typed into, ticked or chosen from.</summary>
public enum ControlKind
{
    /// <summary>A text field (/Tx in the PDF, an input or textarea in HTML).</summary>
    Text,

    /// <summary>A check box (/Btn in the PDF, an input type=checkbox in HTML).</summary>
    CheckBox,

    /// <summary>Radio buttons, one control for the group (/Btn with the Radio flag in the PDF, inputs type=radio sharing a name in HTML).</summary>
    Choice,
}

/// <summary>One fillable control of a rendered form, with the name shared by the PDF and the HTML form.</summary>
/// <param name="Name">The PDF field name (/T) and HTML input name: ids joined by '_', e.g. <c>goals_r2_target</c>.</param>
/// <param name="Kind">Text or check box.</param>
/// <param name="Tooltip">What the control is for, in both languages; see <see cref="FormControl.TooltipFor"/>.</param>
/// <param name="Multiline">True for a text control that holds several lines.</param>
public sealed record FormControl(string Name, ControlKind Kind, LocalizedText Tooltip, bool Multiline)
{
    /// <summary>For a choice, the export value of each option (the option ids), in order; empty otherwise.</summary>
    public IReadOnlyList<string> Options { get; init; } = [];

    /// <summary>The tooltip (/TU) of an edition; the bilingual edition carries both languages.</summary>
    public string TooltipFor(WorksheetEdition edition) => Tooltip.Get(edition);
}

/// <summary>
/// The controls a worksheet's form has, in reading order. The PDF layout and the HTML form both
/// use these names, and the tests compare them with what qpdf finds in the file.
/// </summary>
public static class FormControls
{
    /// <summary>Every control of <paramref name="worksheet"/>; <paramref name="words"/> name table rows and signature dates in the tooltips.</summary>
    public static IReadOnlyList<FormControl> Of(Worksheet worksheet, WorksheetWords words) => [.. worksheet.Fields.SelectMany(f => Of(f, words))];

    /// <summary>The controls of one field.</summary>
    public static IEnumerable<FormControl> Of(WorksheetField field, WorksheetWords words) => field.Match<IEnumerable<FormControl>>(
        text: f => [new(f.Id, ControlKind.Text, words.Describe(f.Label, f.Help), false)],
        lines: f => [new(f.Id, ControlKind.Text, words.Describe(f.Label, f.Help), true)],
        checkBoxes: f => f.Options.Select(o =>
            new FormControl(Join(f.Id, o.Id), ControlKind.CheckBox, words.Describe(words.Pair(f.Label, o.Label), f.Help), false)),
        choice: f => [new(f.Id, ControlKind.Choice, words.Describe(f.Label, f.Help), false) { Options = [.. f.Options.Select(o => o.Id)] }],
        table: f => Enumerable.Range(1, f.Rows).SelectMany(row => f.Columns.Select(c =>
            new FormControl(Join(f.Id, $"r{row}", c.Id), ControlKind.Text,
                words.Describe(words.Pair(c.Label, words.Row(row)), c.Help ?? f.Help), f.RowLines > 1))),
        // The signature itself is written by hand on the printed line; only the date is a field.
        signatures: f => f.Signers.Select(s =>
            new FormControl(Join(f.Id, s.Id, "date"), ControlKind.Text, words.Describe(words.Pair(s.Label, words.Date), f.Help), false)));

    /// <summary>Joins ids with '_', which ids themselves never contain, so names cannot collide.</summary>
    public static string Join(params string[] parts) => string.Join('_', parts);
}
