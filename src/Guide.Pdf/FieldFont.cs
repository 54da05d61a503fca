namespace Guide.Pdf;

/// <summary>
/// The font a reader uses for text typed into a <see cref="TextField"/>, named in the field's /DA
/// and the form's /DR and never embedded: a predefined CJK font (ISO 32000-1 §9.7.5.2, Table 118)
/// that every reader replaces with a complete font of its own system, so no typed character
/// depends on a subset. Printed text stays in an embedded <see cref="PdfFont"/>.
/// </summary>
public sealed class FieldFont
{
    private FieldFont(string baseFont, string ordering, int supplement, string encoding, bool serif, IReadOnlyList<(int First, int Last, int[] Widths)> widths)
    {
        BaseFont = baseFont;
        Ordering = ordering;
        Supplement = supplement;
        Encoding = encoding;
        Serif = serif;
        Widths = widths;
    }

    /// <summary>
    /// STSong-Light over Adobe-GB1-4 with the UniGB-UCS2-H CMap, the font Acrobat writes for
    /// Simplified Chinese forms: any character of the Basic Multilingual Plane can be typed, and
    /// readers show it with SimSun, Songti, Source Han or whatever Song face the system has.
    /// </summary>
    public static FieldFont SimplifiedChinese { get; } = new("STSong-Light", "GB1", 4, "UniGB-UCS2-H", serif: true,
    [
        // UniGB-UCS2-H maps ASCII to CIDs 1–95. Adobe's own metrics for them are proportional, but
        // the fonts readers put in place of STSong-Light (SimSun on Windows, AR PL UMing on Linux)
        // draw ASCII half-width: at proportional advances their letters collide ("Mü ller"), at 500
        // they sit evenly. CIDs 814–939 are the half-width forms; everything else is full width (/DW).
        (1, 95, [500]),
        (814, 939, [500]),
    ]);

    /// <summary>The /BaseFont of the Type0 font and its CIDFont, e.g. "STSong-Light".</summary>
    public string BaseFont { get; }

    /// <summary>The /Ordering of /CIDSystemInfo (Registry is always Adobe), e.g. "GB1".</summary>
    public string Ordering { get; }

    /// <summary>The /Supplement of /CIDSystemInfo the CMap needs.</summary>
    public int Supplement { get; }

    /// <summary>The predefined CMap written as /Encoding, e.g. "UniGB-UCS2-H": typed text is stored as UCS-2.</summary>
    public string Encoding { get; }

    /// <summary>Serif (Song/Ming) design; sets bit 2 of the descriptor's /Flags so readers pick a Song face.</summary>
    public bool Serif { get; }

    /// <summary>/W ranges: a range with one width gives it to every CID from First to Last.</summary>
    internal IReadOnlyList<(int First, int Last, int[] Widths)> Widths { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{BaseFont} ({Encoding})";
}
