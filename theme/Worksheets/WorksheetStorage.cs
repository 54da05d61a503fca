using Guide.Worksheets;

namespace Guide.Theme.Worksheets;

/// <summary>Where the browser keeps a filled-in form.</summary>
public static class WorksheetStorage
{
    /// <summary>
    /// The localStorage key of one worksheet in one language, e.g. <c>review-guide:worksheet:W2:zh-CN</c>.
    /// The id, not the slug, so renaming a file does not lose what people typed.
    /// </summary>
    public static string Key(Worksheet worksheet, string language) =>
        $"review-guide:worksheet:{worksheet.Id}:{language}";
}
