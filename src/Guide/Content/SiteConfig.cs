namespace Guide.Content;

/// <summary>One language the guide is published in, as listed in <c>site.yml</c>.</summary>
public sealed record Language(string Code, string Label);

/// <summary>Settings for the worksheet PDFs.</summary>
public sealed record WorksheetSettings(string Paper, bool Bilingual, string? FontPath, string? BoldFontPath);

/// <summary>
/// The whole of <c>input/site.yml</c>: everything an organisation changes without touching the theme.
/// The first language is the default one.
/// </summary>
public sealed record SiteConfig(
    LocalizedText Title,
    IReadOnlyList<Language> Languages,
    string? Repository,
    string EditBranch,
    bool Internal,
    string? BaseUrl,
    LocalizedText Organisation,
    string? Logo,
    string? PrimaryColor,
    LocalizedText Footer,
    WorksheetSettings Worksheets)
{
    public Language DefaultLanguage => Languages[0];

    public bool HasLanguage(string code) => Languages.Any(l => l.Code == code);
}
