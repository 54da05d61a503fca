namespace Guide.Worksheets;

/// <summary>
/// Which text a rendered form carries: one language, or two on one form (the bilingual edition used by
/// foreign-invested companies in China: the site's first language, then its second in smaller type).
/// </summary>
public readonly record struct WorksheetEdition
{
    private WorksheetEdition(string language, string? second)
    {
        Language = language;
        Second = second;
    }

    /// <summary>The primary language: the page's language, or the first of the bilingual edition.</summary>
    public string Language { get; }

    /// <summary>The language set smaller under or beside the first on the bilingual edition; null otherwise.</summary>
    public string? Second { get; }

    /// <summary>True when labels appear in two languages.</summary>
    public bool IsBilingual => Second is not null;

    /// <summary>The edition of one language.</summary>
    public static WorksheetEdition For(string language) => new(language, null);

    /// <summary>Labels in <paramref name="first"/> and <paramref name="second"/> on one form.</summary>
    public static WorksheetEdition Bilingual(string first, string second) => new(first, second);

    /// <summary>
    /// The PDF file name the pipeline writes under <c>output/&lt;lang&gt;/worksheets/</c>:
    /// <c>slug.pdf</c> for a language edition, <c>slug.bilingual.pdf</c> for the bilingual one.
    /// </summary>
    public string FileName(string slug) => IsBilingual ? $"{slug}.bilingual.pdf" : $"{slug}.pdf";

    /// <summary>The value for the PDF's /Lang entry, and the language folder the PDF is published in.</summary>
    public string PdfLanguage => Language;

    /// <inheritdoc />
    public override string ToString() => IsBilingual ? "bilingual" : Language;
}

/// <summary>Worksheet texts in an edition.</summary>
public static class EditionText
{
    /// <summary>The text for an edition; the bilingual edition joins its two languages with a slash.</summary>
    public static string Get(this LocalizedText text, WorksheetEdition edition) =>
        edition.Second is { } second ? $"{text.Get(edition.Language)} / {text.Get(second)}" : text.Get(edition.Language);
}
