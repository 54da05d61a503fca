namespace Guide.Pdf;

/// <summary>
/// Radio buttons (button field /Btn with the Radio and NoToggleToOff flags, ISO 32000-1
/// §12.7.4.2.4): one field whose widgets are the <paramref name="Buttons"/>, of which at most one
/// is on, so contradictory choices cannot be made.
/// </summary>
/// <param name="Name">The partial field name (/T); unique in the document, without periods.</param>
/// <param name="Buttons">The choices, each with its own export value and square on the page.</param>
public sealed record RadioGroup(string Name, IReadOnlyList<RadioButton> Buttons) : FormField(Name)
{
    /// <summary>The export value chosen at first (/V), or null for none.</summary>
    public string? Selected { get; init; }

    /// <summary>The colour of each button's border.</summary>
    public PdfColor BorderColor { get; init; } = PdfColor.MidGray;

    /// <summary>The colour of the dot in the chosen button.</summary>
    public PdfColor DotColor { get; init; } = PdfColor.Black;

    /// <summary>The background colour; null for transparent.</summary>
    public PdfColor? BackgroundColor { get; init; } = PdfColor.White;
}

/// <summary>One choice of a <see cref="RadioGroup"/>: a round button of <paramref name="Size"/> points with its top-left corner at (<paramref name="X"/>, <paramref name="Y"/>).</summary>
/// <param name="ExportValue">The name of the button's on state and the group's value when it is chosen; not "Off".</param>
/// <param name="X">Left edge, in points from the page's left edge.</param>
/// <param name="Y">Top edge, in points from the page's top edge.</param>
/// <param name="Size">Diameter in points.</param>
public sealed record RadioButton(string ExportValue, double X, double Y, double Size);
