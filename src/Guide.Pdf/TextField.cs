namespace Guide.Pdf;

/// <summary>
/// A fillable text field (field type /Tx, ISO 32000-1 §12.7.4.3) at (<paramref name="X"/>,
/// <paramref name="Y"/>), the top-left corner in page coordinates (points, y down).
/// </summary>
/// <param name="Name">The partial field name (/T); unique in the document, without periods.</param>
/// <param name="X">Left edge, in points from the page's left edge.</param>
/// <param name="Y">Top edge, in points from the page's top edge.</param>
/// <param name="Width">Width in points.</param>
/// <param name="Height">Height in points.</param>
/// <param name="Font">The font for typed text, named in /DA and in the AcroForm /DR.</param>
/// <param name="FontSize">The font size in /DA.</param>
public sealed record TextField(string Name, double X, double Y, double Width, double Height, PdfFont Font, double FontSize)
{
    /// <summary>The field's accessible name and tooltip, written as /TU (PDF 1.3). Required.</summary>
    public string Tooltip { get; init; } = "";

    /// <summary>Sets the Multiline flag (bit 13 of /Ff): Enter starts a new line and line breaks in <see cref="Value"/> are kept.</summary>
    public bool Multiline { get; init; }

    /// <summary>The initial value (/V), drawn in the field's appearance; null for an empty field.</summary>
    public string? Value { get; init; }

    /// <summary>Justification of the text, written as /Q.</summary>
    public TextAlign Alignment { get; init; } = TextAlign.Left;

    /// <summary>The maximum number of characters (/MaxLen); null for no limit.</summary>
    public int? MaxLength { get; init; }

    /// <summary>The text colour, in /DA.</summary>
    public PdfColor TextColor { get; init; } = PdfColor.Black;

    /// <summary>The border colour (/MK /BC and the appearance stream); null for no border.</summary>
    public PdfColor? BorderColor { get; init; } = PdfColor.MidGray;

    /// <summary>The background colour (/MK /BG and the appearance stream); null for transparent.</summary>
    public PdfColor? BackgroundColor { get; init; } = PdfColor.Tint;

    /// <summary>The border width in points (/BS /W).</summary>
    public double BorderWidth { get; init; } = 0.75;
}
