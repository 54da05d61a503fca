namespace Guide.Pdf;

/// <summary>
/// What a filler needs to set a form's fields without parsing the file: it appends an incremental
/// update (ISO 32000-1 §7.5.6) that rewrites each field's objects with a value, and for a text
/// field a new appearance stream (§12.5.5) in the field's typing font. Every object a filler may
/// rewrite is given as written, minus the entries it sets, so the update keeps everything else.
/// </summary>
/// <param name="Size">The cross-reference /Size: the first object number an update may use.</param>
/// <param name="StartXref">The offset of the last cross-reference section: the update's /Prev.</param>
/// <param name="Root">The catalog's object number (/Root, repeated in every trailer).</param>
/// <param name="Info">The information dictionary's object number (/Info).</param>
/// <param name="Id">The first element of /ID, in hex; an update keeps it (§14.4).</param>
/// <param name="Fields">Every field, in tab order.</param>
public sealed record FormMap(int Size, int StartXref, int Root, int Info, string Id, IReadOnlyList<FieldMap> Fields);

/// <summary>
/// One dictionary of the file as written, without the entries a filler sets (/V on a field, /AP on
/// a text widget, /AS on a button widget), ending in <c>&gt;&gt;</c> so entries can go before it.
/// </summary>
/// <param name="Number">Its object number (generation 0).</param>
/// <param name="Dictionary">The dictionary in PDF syntax, ASCII only.</param>
public sealed record MappedObject(int Number, string Dictionary);

/// <summary>
/// A field of the map. The set is closed (<see cref="TextFieldMap"/>, <see cref="CheckBoxMap"/>,
/// <see cref="RadioGroupMap"/>), as <see cref="FormField"/>'s is, so a filler's switch can handle every kind.
/// </summary>
public abstract record FieldMap
{
    private protected FieldMap(string name, MappedObject field, IReadOnlyList<WidgetMap> widgets)
    {
        Name = name;
        Field = field;
        Widgets = widgets;
    }

    /// <summary>The field name (/T), the same as the <see cref="FormField"/>'s.</summary>
    public string Name { get; }

    /// <summary>The field dictionary, which holds /V.</summary>
    public MappedObject Field { get; }

    /// <summary>Its widget annotations, in page order.</summary>
    public IReadOnlyList<WidgetMap> Widgets { get; }
}

/// <summary>
/// A widget annotation. When a field has one widget, the two are one dictionary (§12.7.3.1):
/// <see cref="Annotation"/> is then null and the widget's entries go into the field's object.
/// </summary>
/// <param name="Annotation">The widget's own dictionary, or null when it is merged with its field.</param>
/// <param name="Width">The width of /Rect in points: the appearance's /BBox.</param>
/// <param name="Height">The height of /Rect in points.</param>
public sealed record WidgetMap(MappedObject? Annotation, double Width, double Height)
{
    /// <summary>A radio button's on state (its option); null for other widgets.</summary>
    public string? OnState { get; init; }

    /// <summary>A text widget's background and border, as content stream operators: what its appearance draws before the text.</summary>
    public string Frame { get; init; } = "";
}

/// <summary>
/// A text field. Its appearance draws <see cref="WidgetMap.Frame"/>, then inside <c>/Tx BMC … EMC</c>
/// the value in <see cref="Font"/> (a resource of the form's /DR, never embedded), clipped to the
/// box less <see cref="Inset"/> and set <see cref="Padding"/> from its edges.
/// </summary>
public sealed record TextFieldMap : FieldMap
{
    internal TextFieldMap(string name, MappedObject field, IReadOnlyList<WidgetMap> widgets)
        : base(name, field, widgets)
    {
    }

    /// <summary>The typing font's resource name in /DA and /DR, e.g. ArialUnicodeMS_01.</summary>
    public required string Font { get; init; }

    /// <summary>The typing font's object number, for the appearance's /Resources.</summary>
    public required int FontObject { get; init; }

    /// <summary>The size in /DA; 0 auto-sizes.</summary>
    public required double FontSize { get; init; }

    /// <summary>The colour operator of /DA, e.g. <c>0 g</c>.</summary>
    public required string Colour { get; init; }

    /// <summary>/Q: 0 left, 1 centred, 2 right.</summary>
    public required int Quadding { get; init; }

    /// <summary>The Multiline flag: text wraps and keeps its line breaks.</summary>
    public required bool Multiline { get; init; }

    /// <summary>The border width the text is clipped inside; 0 without a border.</summary>
    public required double Inset { get; init; }

    /// <summary>The space between the clip and the text, in points.</summary>
    public required double Padding { get; init; }
}

/// <summary>A check box: /V and /AS are <see cref="ExportValue"/> when ticked, /Off otherwise.</summary>
public sealed record CheckBoxMap : FieldMap
{
    internal CheckBoxMap(string name, MappedObject field, IReadOnlyList<WidgetMap> widgets)
        : base(name, field, widgets)
    {
    }

    /// <summary>The on state's name, e.g. Yes.</summary>
    public required string ExportValue { get; init; }
}

/// <summary>A radio group: /V names the chosen option; each widget's /AS is its <see cref="WidgetMap.OnState"/> or /Off.</summary>
public sealed record RadioGroupMap : FieldMap
{
    internal RadioGroupMap(string name, MappedObject field, IReadOnlyList<WidgetMap> widgets)
        : base(name, field, widgets)
    {
    }
}

/// <summary>A written PDF and the map of its form.</summary>
/// <param name="Bytes">The file.</param>
/// <param name="Form">Its fields, for a filler; no fields when the document has none.</param>
public sealed record WrittenPdf(byte[] Bytes, FormMap Form);
