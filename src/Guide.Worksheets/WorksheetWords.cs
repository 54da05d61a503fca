using System.Globalization;

namespace Guide.Worksheets;

/// <summary>
/// The few words a form prints or names its controls with that are not in the worksheet's definition, per
/// language. They come from the theme's UI words (<c>theme/i18n/&lt;lang&gt;.yml</c>), so a language is added
/// in one place; this library only arranges them.
/// </summary>
/// <param name="Signature">"Signature", beside a signing line.</param>
/// <param name="Date">"Date", beside a signature's date.</param>
/// <param name="RowFormat">"row {0}": a table row in a field's tooltip.</param>
/// <param name="PageOfFormat">"Page {0} of {1}": the footer.</param>
/// <param name="PairFormat">"{0} · {1}": a column and its row, a group and its option.</param>
/// <param name="DescribeFormat">"{0}: {1}": a field's name and its hint, as the tooltip (/TU) gives them.</param>
public sealed record WorksheetWords(
    LocalizedText Signature,
    LocalizedText Date,
    LocalizedText RowFormat,
    LocalizedText PageOfFormat,
    LocalizedText PairFormat,
    LocalizedText DescribeFormat)
{
    /// <summary>"第 3 行" / "row 3".</summary>
    public LocalizedText Row(int number) => RowFormat.Select((_, format) => string.Format(CultureInfo.InvariantCulture, format, number));

    /// <summary>"第 1 页，共 2 页" / "Page 1 of 2".</summary>
    public LocalizedText PageOf(int page, int pages) => PageOfFormat.Select((_, format) => string.Format(CultureInfo.InvariantCulture, format, page, pages));

    /// <summary>Two texts joined language by language with <see cref="PairFormat"/>.</summary>
    public LocalizedText Pair(LocalizedText first, LocalizedText second) =>
        first.Zip(second, (lang, a, b) => string.Format(CultureInfo.InvariantCulture, PairFormat.Get(lang), a, b));

    /// <summary>A name and its hint joined language by language with <see cref="DescribeFormat"/>.</summary>
    public LocalizedText Describe(LocalizedText name, LocalizedText help) =>
        name.Zip(help, (lang, a, b) => string.Format(CultureInfo.InvariantCulture, DescribeFormat.Get(lang), a, b));
}
