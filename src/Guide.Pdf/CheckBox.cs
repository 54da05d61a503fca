namespace Guide.Pdf;

/// <summary>
/// A check box (button field /Btn with no radio or push-button flag, ISO 32000-1 §12.7.4.2.3),
/// a square of <paramref name="Size"/> points with its top-left corner at (<paramref name="X"/>, <paramref name="Y"/>).
/// </summary>
/// <param name="Name">The partial field name (/T); unique in the document, without periods.</param>
/// <param name="X">Left edge, in points from the page's left edge.</param>
/// <param name="Y">Top edge, in points from the page's top edge.</param>
/// <param name="Size">Side length in points.</param>
public sealed record CheckBox(string Name, double X, double Y, double Size) : FormField(Name)
{
    /// <summary>Whether the box starts checked (/V and /AS set to <see cref="ExportValue"/>, else /Off).</summary>
    public bool Checked { get; init; }

    /// <summary>The name of the on state in /AP /N and the value submitted when checked; must not be "Off".</summary>
    public string ExportValue { get; init; } = "Yes";

    /// <summary>The colour of the border.</summary>
    public PdfColor BorderColor { get; init; } = PdfColor.MidGray;

    /// <summary>The colour of the tick.</summary>
    public PdfColor CheckColor { get; init; } = PdfColor.Black;

    /// <summary>The background colour; null for transparent.</summary>
    public PdfColor? BackgroundColor { get; init; } = PdfColor.White;
}
