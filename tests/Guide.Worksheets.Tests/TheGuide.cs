using Guide.Theme.Model;

namespace Guide.Worksheets.Tests;

/// <summary>The shipped guide's languages, its editions and the theme's words for them, as the build passes them in.</summary>
internal static class TheGuide
{
    public static readonly IReadOnlyList<string> Languages = ["zh-CN", "en"];

    public static readonly WorksheetEdition Chinese = WorksheetEdition.For("zh-CN");

    public static readonly WorksheetEdition English = WorksheetEdition.For("en");

    public static readonly WorksheetEdition Bilingual = WorksheetEdition.Bilingual("zh-CN", "en");

    /// <summary>The three editions the build makes, in a stable order.</summary>
    public static readonly IReadOnlyList<WorksheetEdition> Editions = [Chinese, English, Bilingual];

    public static readonly ThemeWords Theme = ThemeWords.For(Languages);

    /// <summary>The words a form prints besides its definition's, from <c>theme/i18n</c>.</summary>
    public static readonly WorksheetWords Words = WordsFor(Languages);

    public static WorksheetWords WordsFor(IReadOnlyList<string> languages)
    {
        var theme = ThemeWords.For(languages);
        LocalizedText Word(string key) => LocalizedText.In(languages, lang => theme[lang][key]);
        return new WorksheetWords(Word("form.signature"), Word("form.date"), Word("form.row"), Word("form.pageOf"), Word("form.pair"), Word("form.describe"));
    }

    /// <summary>A text in Chinese and English.</summary>
    public static LocalizedText Text(string zh, string en) => new([new("zh-CN", zh), new("en", en)]);
}
