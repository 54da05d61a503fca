namespace Guide.Pdf;

/// <summary>
/// An interactive form field (ISO 32000-1 §12.7): a <see cref="TextField"/>, a
/// <see cref="CheckBox"/> or a <see cref="RadioGroup"/>. The set is closed (the constructor is not
/// visible outside this library), so the writer can handle every kind.
/// </summary>
public abstract record FormField
{
    private protected FormField(string name) => Name = name;

    /// <summary>The partial field name (/T); unique in the document, without periods.</summary>
    public string Name { get; init; }

    /// <summary>The field's accessible name and tooltip, written as /TU (PDF 1.3). Required.</summary>
    public string Tooltip { get; init; } = "";
}
