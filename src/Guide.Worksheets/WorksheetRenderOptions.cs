using Guide.Pdf;

namespace Guide.Worksheets;

/// <summary>Settings for rendering worksheet PDFs; the same options give the same bytes.</summary>
public sealed record WorksheetRenderOptions
{
    /// <summary>The guide's name per language, printed in the header and footer.</summary>
    public required LocalizedText SiteName { get; init; }

    /// <summary>The words a form prints besides its definition's: signature, date, page x of y.</summary>
    public required WorksheetWords Words { get; init; }

    /// <summary>
    /// The language most typed text is in (the site's default language): text fields of an edition in
    /// another language carry it as their /Lang, since names and notes are typed in it there too.
    /// </summary>
    public required string TypingLanguage { get; init; }

    /// <summary>A4 by default; <see cref="PageSize.Letter"/> when site.yml asks for US Letter.</summary>
    public PageSize PageSize { get; init; } = PageSize.A4;

    /// <summary>Written as /CreationDate; passed in so a rebuild gives identical bytes. Default leaves it out.</summary>
    public DateTimeOffset CreationDate { get; init; }
}
