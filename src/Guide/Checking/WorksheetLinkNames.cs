using Guide.Content;
using Guide.Markdown;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Guide.Checking;

/// <summary>
/// A link to a worksheet names it exactly as its title in <c>worksheets/*.yml</c>, the name printed
/// on the PDF, so a reader holding the sheet recognises the page that sent them. English titles may
/// change case in a sentence ("fill in the weekly progress report"); the words may not change.
/// </summary>
public static class WorksheetLinkNames
{
    public static IEnumerable<Diagnostic> Check(PageDocument document, IReadOnlyList<WorksheetLink> worksheets)
    {
        var page = document.Page;
        foreach (var link in document.Syntax.Descendants<LinkInline>())
        {
            if (link.IsImage || link.Url is not { } url || !url.StartsWith(LinkResolver.WorksheetScheme, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            var id = url[LinkResolver.WorksheetScheme.Length..];
            // An unknown id is GUIDE010's business.
            if (worksheets.FirstOrDefault(w => string.Equals(w.Id, id, StringComparison.OrdinalIgnoreCase)) is not { } worksheet
                || !worksheet.Title.Has(page.Lang))
            {
                continue;
            }
            var title = worksheet.Title[page.Lang];
            var text = Collapse(PageDocument.PlainText(link));
            if (!string.Equals(text, Collapse(title), StringComparison.OrdinalIgnoreCase))
            {
                yield return Diagnostic.Warning(page.SourcePath, page.BodyLine + link.Line, link.Column + 1, DiagnosticCodes.WorksheetLinkText,
                    $"the link text '{text}' is not the title of {worksheet.Id}; write [{title}]({url}), word for word as printed on the worksheet");
            }
        }
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
