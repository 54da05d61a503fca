using Guide.Worksheets;

namespace Guide.Theme.Worksheets;

/// <summary>One worksheet on the index page, with hrefs already relative to that page.</summary>
public sealed record WorksheetListItem(Worksheet Worksheet, string PageHref, string PdfHref);
