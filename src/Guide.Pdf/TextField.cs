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
/// <param name="Font">The embedded face that draws <see cref="Value"/> in the field's own appearance.</param>
/// <param name="FontSize">
/// The text size in /DA; 0 (the default) auto-sizes (§12.7.3.3): readers shrink the text until it
/// fits, so a long answer is never cut off in print.
/// </param>
public sealed record TextField(string Name, double X, double Y, double Width, double Height, PdfFont Font, double FontSize = 0) : FormField(Name)
{
    /// <summary>
    /// The font readers type with, named in /DA and the form's /DR and never embedded, so every
    /// character a user types is drawn with a complete font of the reader's system.
    /// </summary>
    public FieldFont TypingFont { get; init; } = FieldFont.SimplifiedChinese;

    /// <summary>Sets the Multiline flag (bit 13 of /Ff): Enter starts a new line, long text wraps, line breaks in <see cref="Value"/> are kept.</summary>
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

    /// <summary>
    /// Writing lines this many points apart, the first one this far below the top, for a form
    /// printed blank and filled by hand; null for none. They sit inside the variable-text part of
    /// the appearance (<c>/Tx BMC … EMC</c>), which a reader replaces when someone types, so typed
    /// lines never run across them whatever line spacing the reader uses; <see cref="Value"/> is
    /// drawn with its baselines on them.
    /// </summary>
    public double? RuleSpacing { get; init; }

    /// <summary>The colour of the writing lines.</summary>
    public PdfColor RuleColor { get; init; } = PdfColor.LightGray;

    /// <summary>
    /// The language expected in the field (/Lang on the widget, a BCP 47 tag): MuPDF picks the
    /// font for Chinese characters it cannot type in /DA by it, and without "zh" takes a Japanese
    /// face that lacks simplified characters such as 张. Null leaves it to the document's /Lang.
    /// </summary>
    public string? Lang { get; init; }
}
