namespace Guide.Pdf;

/// <summary>A page's size in points (1/72 inch), as written to the page's /MediaBox.</summary>
public readonly record struct PageSize(double Width, double Height)
{
    private const double PointsPerMillimetre = 72 / 25.4;

    /// <summary>ISO A4 portrait, 210 × 297 mm.</summary>
    public static PageSize A4 { get; } = FromMillimetres(210, 297);

    /// <summary>ISO A5 portrait, 148 × 210 mm (a folded card).</summary>
    public static PageSize A5 { get; } = FromMillimetres(148, 210);

    /// <summary>US Letter portrait, 8.5 × 11 in.</summary>
    public static PageSize Letter { get; } = new(612, 792);

    /// <summary>A size given in millimetres.</summary>
    public static PageSize FromMillimetres(double width, double height) =>
        new(width * PointsPerMillimetre, height * PointsPerMillimetre);
}
