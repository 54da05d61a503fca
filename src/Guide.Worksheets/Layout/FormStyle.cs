using Guide.Pdf;

namespace Guide.Worksheets.Layout;

/// <summary>
/// Sizes and colours of the printed form, in points. Lines are dark enough to print clearly
/// on an office laser printer when the form is empty.
/// </summary>
internal static class FormStyle
{
    public const double MarginX = 46;
    public const double MarginTop = 42;
    public const double MarginBottom = 54;
    public const double FooterBaselineFromBottom = 28;

    public const double SiteNameSize = 8.5;
    public const double TitleSize = 17;
    public const double TitleSecondarySize = 12;
    public const double IntroSize = 9;
    public const double HeadingSize = 11.5;
    public const double LabelSize = 9;
    public const double SecondarySize = 7.5;
    public const double DetailSize = 8;
    public const double FieldTextSize = 10;
    public const double FooterSize = 7.5;

    public const double FieldHeight = 20;
    public const double RuledLineSpacing = 19;
    public const double TableLineSpacing = 15;
    public const double CheckBoxSize = 10;
    public const double CellPadding = 3;

    public const double GapAfterBlock = 9;
    public const double GapBeforeHeading = 12;
    public const double GapAfterHeading = 6;
    public const double LabelGap = 3;
    public const double TwoColumnGutter = 18;

    /// <summary>Share of the width given to a label that sits left of a one-line field.</summary>
    public const double SideLabelShare = 0.3;

    public const double BoxLineWidth = 0.6;
    public const double RuleLineWidth = 0.35;

    public static PdfColor Ink { get; } = PdfColor.Gray(0.1);
    public static PdfColor Muted { get; } = PdfColor.Gray(0.38);
    public static PdfColor Box { get; } = PdfColor.Gray(0.35);
    public static PdfColor Rule { get; } = PdfColor.Gray(0.62);
    public static PdfColor HeaderFill { get; } = PdfColor.Gray(0.91);
    public static PdfColor Accent { get; } = new(0.11, 0.3, 0.5);
}
