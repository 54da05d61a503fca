using System.Globalization;
using Guide.Theme.Model;

namespace Guide.Theme.Worksheets;

/// <summary>
/// The words of a worksheet page that are not in the worksheet's definition (buttons, headings,
/// the privacy note) in one language, as typed fields over the theme's UI words.
/// </summary>
public sealed record WorksheetUiText(
    string About,
    string When,
    string HowToFill,
    string Download,
    string DownloadBilingual,
    string PdfNote,
    string FillOnline,
    string Privacy,
    string Print,
    string Clear,
    string Saved,
    string Cleared,
    string StorageUnavailable,
    string Signature,
    string Date,
    string RowFormat,
    string IndexOpen)
{
    /// <summary>The words of one language, from the theme's <c>worksheet.*</c> and <c>form.*</c> keys.</summary>
    public static WorksheetUiText From(UiText text) => new(
        About: text["worksheet.about"],
        When: text["worksheet.when"],
        HowToFill: text["worksheet.howToFill"],
        Download: text["worksheet.download"],
        DownloadBilingual: text["worksheet.downloadBilingual"],
        PdfNote: text["worksheet.pdfNote"],
        FillOnline: text["worksheet.fillOnline"],
        Privacy: text["worksheet.privacy"],
        Print: text["worksheet.print"],
        Clear: text["worksheet.clear"],
        Saved: text["worksheet.saved"],
        Cleared: text["worksheet.cleared"],
        StorageUnavailable: text["worksheet.storageUnavailable"],
        Signature: text["form.signature"],
        Date: text["form.date"],
        RowFormat: text["form.row"],
        IndexOpen: text["worksheet.indexOpen"]);

    /// <summary>"row 3" / "第 3 行".</summary>
    public string Row(int number) => string.Format(CultureInfo.InvariantCulture, RowFormat, number);
}
