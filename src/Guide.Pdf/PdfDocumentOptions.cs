namespace Guide.Pdf;

/// <summary>Document-wide settings, fixed when the <see cref="PdfDocument"/> is created.</summary>
public sealed class PdfDocumentOptions
{
    /// <summary>The producer written to the document information dictionary.</summary>
    public const string Producer = "Review Conversation Guide PDF writer";

    /// <summary>The title (/Title in the document information dictionary); readers show it in the window bar (PDF 1.4 /DisplayDocTitle).</summary>
    public string Title { get; init; } = "";

    /// <summary>The natural language of the text, a BCP 47 tag such as "zh-CN" (/Lang in the catalog, PDF 1.4).</summary>
    public string Lang { get; init; } = "";

    /// <summary>Optional /Author.</summary>
    public string Author { get; init; } = "";

    /// <summary>Optional /Subject.</summary>
    public string Subject { get; init; } = "";

    /// <summary>
    /// /CreationDate. Passed in, never read from the clock, so a rebuild gives the same bytes;
    /// the default value (<c>default(DateTimeOffset)</c>) leaves the date out.
    /// </summary>
    public DateTimeOffset CreationDate { get; init; }
}
