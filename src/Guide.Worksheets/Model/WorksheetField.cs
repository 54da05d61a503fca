namespace Guide.Worksheets;

/// <summary>
/// One thing to fill in. The subclasses are the field kinds an editor can name in YAML
/// (<c>kind: text | lines | checkboxes | choice | table | signatures</c>), and no others: the constructor
/// is closed to other assemblies, and callers go through <see cref="Match{T}"/> rather than a type switch
/// with a default, so a new kind is a compile error at every place that must handle it.
/// </summary>
public abstract record WorksheetField
{
    /// <param name="id">Unique within the worksheet; becomes the PDF field name and the HTML input name.</param>
    /// <param name="label">Shown next to or above the field.</param>
    /// <param name="help">What to write; becomes the PDF tooltip (/TU) and the HTML title.</param>
    private protected WorksheetField(string id, LocalizedText label, LocalizedText help)
    {
        Id = id;
        Label = label;
        Help = help;
    }

    /// <summary>Unique within the worksheet; becomes the PDF field name and the HTML input name.</summary>
    public string Id { get; init; }

    /// <summary>Shown next to or above the field.</summary>
    public LocalizedText Label { get; init; }

    /// <summary>What to write; becomes the PDF tooltip (/TU) and the HTML title.</summary>
    public LocalizedText Help { get; init; }

    /// <summary>The YAML name of this field's kind.</summary>
    public string Kind => Match(
        _ => FieldKinds.Text, _ => FieldKinds.Lines, _ => FieldKinds.CheckBoxes,
        _ => FieldKinds.Choice, _ => FieldKinds.Table, _ => FieldKinds.Signatures);

    /// <summary>The line of the definition file where the field starts, for diagnostics.</summary>
    public int Line { get; init; }

    /// <summary>Calls the function for this field's kind.</summary>
    public abstract T Match<T>(
        Func<SingleLineField, T> text,
        Func<MultiLineField, T> lines,
        Func<CheckBoxGroupField, T> checkBoxes,
        Func<ChoiceField, T> choice,
        Func<TableField, T> table,
        Func<SignatureField, T> signatures);
}

/// <summary>One line of text (<c>kind: text</c>).</summary>
public sealed record SingleLineField(string Id, LocalizedText Label, LocalizedText Help)
    : WorksheetField(Id, Label, Help)
{
    /// <inheritdoc />
    public override T Match<T>(
        Func<SingleLineField, T> text,
        Func<MultiLineField, T> lines,
        Func<CheckBoxGroupField, T> checkBoxes,
        Func<ChoiceField, T> choice,
        Func<TableField, T> table,
        Func<SignatureField, T> signatures) => text(this);

    /// <summary>
    /// Shown again in the header of every page after the first (<c>header: true</c>), so a page that
    /// comes loose still says whose form it is and when; typed once, it appears on every page.
    /// </summary>
    public bool InHeader { get; init; }
}

/// <summary>A ruled box of several lines (<c>kind: lines</c>).</summary>
/// <param name="Lines">How many lines are visible on the printed form.</param>
public sealed record MultiLineField(string Id, LocalizedText Label, LocalizedText Help, int Lines)
    : WorksheetField(Id, Label, Help)
{
    /// <inheritdoc />
    public override T Match<T>(
        Func<SingleLineField, T> text,
        Func<MultiLineField, T> lines,
        Func<CheckBoxGroupField, T> checkBoxes,
        Func<ChoiceField, T> choice,
        Func<TableField, T> table,
        Func<SignatureField, T> signatures) => lines(this);
}

/// <summary>A group of check boxes (<c>kind: checkboxes</c>); any number may be ticked.</summary>
public sealed record CheckBoxGroupField(string Id, LocalizedText Label, LocalizedText Help, IReadOnlyList<CheckOption> Options)
    : WorksheetField(Id, Label, Help)
{
    /// <inheritdoc />
    public override T Match<T>(
        Func<SingleLineField, T> text,
        Func<MultiLineField, T> lines,
        Func<CheckBoxGroupField, T> checkBoxes,
        Func<ChoiceField, T> choice,
        Func<TableField, T> table,
        Func<SignatureField, T> signatures) => checkBoxes(this);

    /// <summary>True when any option carries a detail, so options stack one per row.</summary>
    public bool IsList => Options.Any(o => o.Detail is not null);
}

/// <summary>Options of which exactly one is chosen (<c>kind: choice</c>): radio buttons, so contradictory ticks are impossible.</summary>
public sealed record ChoiceField(string Id, LocalizedText Label, LocalizedText Help, IReadOnlyList<CheckOption> Options)
    : WorksheetField(Id, Label, Help)
{
    /// <inheritdoc />
    public override T Match<T>(
        Func<SingleLineField, T> text,
        Func<MultiLineField, T> lines,
        Func<CheckBoxGroupField, T> checkBoxes,
        Func<ChoiceField, T> choice,
        Func<TableField, T> table,
        Func<SignatureField, T> signatures) => choice(this);

    /// <summary>True when any option carries a detail, so options stack one per row.</summary>
    public bool IsList => Options.Any(o => o.Detail is not null);
}

/// <summary>One tick box of a group, or one option of a choice.</summary>
/// <param name="Detail">Optional smaller text printed under the option (W6 uses it for key action and mistake).</param>
public sealed record CheckOption(string Id, LocalizedText Label, LocalizedText? Detail);

/// <summary>A grid of cells (<c>kind: table</c>) whose header repeats on each page.</summary>
/// <param name="Rows">How many empty rows are printed.</param>
/// <param name="RowLines">How many lines of writing each row holds (1 for a plain row).</param>
public sealed record TableField(string Id, LocalizedText Label, LocalizedText Help, IReadOnlyList<TableColumn> Columns, int Rows, int RowLines)
    : WorksheetField(Id, Label, Help)
{
    /// <inheritdoc />
    public override T Match<T>(
        Func<SingleLineField, T> text,
        Func<MultiLineField, T> lines,
        Func<CheckBoxGroupField, T> checkBoxes,
        Func<ChoiceField, T> choice,
        Func<TableField, T> table,
        Func<SignatureField, T> signatures) => table(this);
}

/// <summary>A column of a table; <paramref name="Width"/> is relative to the other columns.</summary>
public sealed record TableColumn(string Id, LocalizedText Label, double Width, LocalizedText? Help);

/// <summary>
/// A line to sign by hand and a date field per signer (<c>kind: signatures</c>). A signature is
/// not typed: the printed form is signed with a pen.
/// </summary>
public sealed record SignatureField(string Id, LocalizedText Label, LocalizedText Help, IReadOnlyList<Signer> Signers)
    : WorksheetField(Id, Label, Help)
{
    /// <inheritdoc />
    public override T Match<T>(
        Func<SingleLineField, T> text,
        Func<MultiLineField, T> lines,
        Func<CheckBoxGroupField, T> checkBoxes,
        Func<ChoiceField, T> choice,
        Func<TableField, T> table,
        Func<SignatureField, T> signatures) => signatures(this);
}

/// <summary>One person who signs, e.g. the employee or the manager.</summary>
public sealed record Signer(string Id, LocalizedText Label);

/// <summary>The field kinds an editor can write after <c>kind:</c>.</summary>
public static class FieldKinds
{
    /// <summary>One line of text.</summary>
    public const string Text = "text";

    /// <summary>Several ruled lines.</summary>
    public const string Lines = "lines";

    /// <summary>A group of check boxes.</summary>
    public const string CheckBoxes = "checkboxes";

    /// <summary>Options of which exactly one is chosen.</summary>
    public const string Choice = "choice";

    /// <summary>A table with a row count.</summary>
    public const string Table = "table";

    /// <summary>Signature and date lines.</summary>
    public const string Signatures = "signatures";

    /// <summary>All kinds, for "did you mean" suggestions and messages.</summary>
    public static IReadOnlyList<string> All { get; } = [Text, Lines, CheckBoxes, Choice, Table, Signatures];
}
