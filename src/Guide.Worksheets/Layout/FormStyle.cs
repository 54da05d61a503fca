using Guide.Pdf;

namespace Guide.Worksheets.Layout;

/// <summary>
/// Sizes and colours of the printed form, in points. Lines are dark enough to print clearly
/// on an office laser printer when the form is empty; every box written in by hand is at least
/// 8 mm (22.7 pt) tall.
/// </summary>
internal static class FormStyle
{
    public const double MarginX = 40;
    public const double MarginTop = 36;
    public const double MarginBottom = 44;
    public const double FooterBaselineFromBottom = 24;

    /// <summary>Room the running header takes on pages after the first.</summary>
    public const double RunningHeaderHeight = 30;

    public const double SiteNameSize = 8;
    public const double TitleSize = 15;
    public const double TitleSecondarySize = 11;
    public const double IntroSize = 8.5;
    public const double HeadingSize = 10.5;
    public const double LabelSize = 8.5;
    public const double SecondarySize = 7.5;
    public const double DetailSize = 7.5;
    public const double FooterSize = 7;

    /// <summary>8.1 mm: tall enough to write in by hand.</summary>
    public const double FieldHeight = 23;

    /// <summary>The pitch of the writing lines in a lines box (6.35 mm, narrow-ruled paper).</summary>
    public const double RuleSpacing = 18;

    /// <summary>The pitch of writing inside a table row of several lines.</summary>
    public const double TableLineSpacing = 15;

    public const double CheckBoxSize = 9.5;
    public const double CellPadding = 2.5;

    public const double GapAfterBlock = 6;
    public const double GapBeforeHeading = 7;
    public const double GapAfterHeading = 4;
    public const double LabelGap = 2;
    public const double TwoColumnGutter = 14;

    /// <summary>Space between the Chinese and the English of a bilingual label set on one line.</summary>
    public const double BilingualGap = 6;

    /// <summary>Share of the width given to a label that sits left of a one-line field.</summary>
    public const double SideLabelShare = 0.28;

    /// <summary>The smallest size a label may shrink to so that no English word is split.</summary>
    public const double SmallestLabelSize = 6;

    public const double BoxLineWidth = 0.6;
    public const double RuleLineWidth = 0.35;

    public static PdfColor Ink { get; } = PdfColor.Gray(0.1);
    public static PdfColor Muted { get; } = PdfColor.Gray(0.38);
    public static PdfColor Box { get; } = PdfColor.Gray(0.35);
    public static PdfColor Rule { get; } = PdfColor.Gray(0.62);
    public static PdfColor HeaderFill { get; } = PdfColor.Gray(0.91);
    public static PdfColor Accent { get; } = new(0.11, 0.3, 0.5);
}
