using System.Globalization;
using Guide.Worksheets;

namespace Guide.Theme.Worksheets;

/// <summary>
/// The words of a worksheet page that are not in the worksheet's definition (buttons, headings,
/// the privacy note), per language. Kept beside the components so the form and its words change together.
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
    /// <summary>Simplified Chinese.</summary>
    public static WorksheetUiText Chinese { get; } = new(
        About: "这张表做什么",
        When: "什么时候用",
        HowToFill: "怎样填写",
        Download: "下载 PDF",
        DownloadBilingual: "下载中英双语版 PDF",
        PdfNote: "PDF 可以在任何 PDF 阅读器里直接填写并保存，也可以打印出来手写。",
        FillOnline: "在线填写",
        Privacy: "你填写的内容只保存在这台设备的这个浏览器里，不会发送到任何地方。换一台设备或清除浏览器数据后就不在了。",
        Print: "打印",
        Clear: "清空",
        Saved: "已保存在本浏览器",
        Cleared: "已清空",
        StorageUnavailable: "这个浏览器不允许保存，关闭页面后填写的内容会丢失。",
        Signature: "签名",
        Date: "日期",
        RowFormat: "第 {0} 行",
        IndexOpen: "查看并填写");

    /// <summary>English.</summary>
    public static WorksheetUiText English { get; } = new(
        About: "What it is for",
        When: "When to use it",
        HowToFill: "How to fill it in",
        Download: "Download PDF",
        DownloadBilingual: "Download the Chinese-English PDF",
        PdfNote: "You can type into the PDF in any PDF reader and save it, or print it and write by hand.",
        FillOnline: "Fill it in here",
        Privacy: "What you type is kept only in this browser on this device and is never sent anywhere. It will not follow you to another device, and clearing your browser data removes it.",
        Print: "Print",
        Clear: "Clear",
        Saved: "Saved in this browser",
        Cleared: "Cleared",
        StorageUnavailable: "This browser does not allow saving; what you type is lost when you close the page.",
        Signature: "Signature",
        Date: "Date",
        RowFormat: "row {0}",
        IndexOpen: "Open and fill in");

    /// <summary>The words for <paramref name="language"/>; anything but English gets Chinese.</summary>
    public static WorksheetUiText For(string language) =>
        string.Equals(language, WorksheetLanguages.English, StringComparison.OrdinalIgnoreCase) ? English : Chinese;

    /// <summary>"row 3" / "第 3 行".</summary>
    public string Row(int number) => string.Format(CultureInfo.InvariantCulture, RowFormat, number);
}
