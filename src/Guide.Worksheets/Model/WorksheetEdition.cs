namespace Guide.Worksheets;

/// <summary>
/// Which text a rendered form carries: one language, or both on one form (the bilingual edition
/// used by foreign-invested companies in China).
/// </summary>
public readonly record struct WorksheetEdition
{
    private WorksheetEdition(string language, bool bilingual)
    {
        Language = language;
        IsBilingual = bilingual;
    }

    /// <summary>The primary language: the page's language, or zh-CN for the bilingual edition.</summary>
    public string Language { get; }

    /// <summary>True when labels appear in both languages.</summary>
    public bool IsBilingual { get; }

    /// <summary>The Simplified Chinese edition.</summary>
    public static WorksheetEdition Chinese { get; } = new(WorksheetLanguages.Chinese, false);

    /// <summary>The English edition.</summary>
    public static WorksheetEdition English { get; } = new(WorksheetLanguages.English, false);

    /// <summary>Chinese and English labels on one form.</summary>
    public static WorksheetEdition Bilingual { get; } = new(WorksheetLanguages.Chinese, true);

    /// <summary>The edition for one language code; anything but <c>en</c> is Chinese.</summary>
    public static WorksheetEdition For(string language) =>
        string.Equals(language, WorksheetLanguages.English, StringComparison.OrdinalIgnoreCase) ? English : Chinese;

    /// <summary>The three editions, in a stable order.</summary>
    public static IReadOnlyList<WorksheetEdition> All { get; } = [Chinese, English, Bilingual];

    /// <summary>
    /// The PDF file name the pipeline writes under <c>output/&lt;lang&gt;/worksheets/</c>:
    /// <c>slug.pdf</c> for a language edition, <c>slug.bilingual.pdf</c> for the bilingual one.
    /// </summary>
    public string FileName(string slug) => IsBilingual ? $"{slug}.bilingual.pdf" : $"{slug}.pdf";

    /// <summary>The value for the PDF's /Lang entry.</summary>
    public string PdfLanguage => IsBilingual ? WorksheetLanguages.Chinese : Language;

    /// <inheritdoc />
    public override string ToString() => IsBilingual ? "bilingual" : Language;
}
