using System.Globalization;

namespace Guide.Worksheets.Layout;

/// <summary>The few words the form itself prints, in each language.</summary>
internal static class FormWords
{
    public static LocalizedText Signature { get; } = new("签名", "Signature");

    public static LocalizedText Date { get; } = new("日期", "Date");

    public static LocalizedText Row(int number) => new(
        string.Create(CultureInfo.InvariantCulture, $"第 {number} 行"),
        string.Create(CultureInfo.InvariantCulture, $"row {number}"));

    public static LocalizedText PageOf(int page, int pages) => new(
        string.Create(CultureInfo.InvariantCulture, $"第 {page} 页，共 {pages} 页"),
        string.Create(CultureInfo.InvariantCulture, $"Page {page} of {pages}"));
}
