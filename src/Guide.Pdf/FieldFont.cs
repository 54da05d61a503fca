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
        // Adobe's metrics for the proportional Latin of STSong-Light (CIDs 1–95, what UniGB-UCS2-H
        // maps ASCII to) and the half-width forms (CIDs 814–939); everything else is full width (/DW 1000).
        (1, 95, [
            207, 270, 342, 467, 462, 797, 710, 239, 374, 374, 423, 605, 238, 375, 238, 334, 462, 462, 462, 462,
            462, 462, 462, 462, 462, 462, 238, 238, 605, 605, 605, 344, 748, 684, 560, 695, 739, 563, 511, 729,
            793, 318, 312, 666, 526, 896, 758, 772, 544, 772, 628, 465, 607, 753, 711, 972, 647, 620, 607, 374,
            333, 374, 606, 500, 239, 417, 503, 427, 529, 415, 264, 444, 518, 241, 230, 495, 228, 793, 527, 524,
            524, 504, 338, 336, 277, 517, 450, 652, 466, 452, 407, 370, 258, 370, 605,
        ]),
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
