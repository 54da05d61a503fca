using Guide.Content;
using Guide.Markdown;

namespace Guide.Checking;

/// <summary>
/// The wording rules of <c>check</c>: Chinese quotation marks on Chinese pages (GUIDE054), worksheet
/// links named by the worksheet's title (GUIDE055) and the terms of <c>input/terms.yml</c> (GUIDE056).
/// They are warnings, so a preview still builds; <c>check --strict</c> makes them errors, and the test suite
/// runs it on the real guide, so a pull request that brings one back fails.
/// </summary>
public static class Wording
{
    public static IEnumerable<Diagnostic> Check(Site site, TermList terms) =>
        site.Documents.AsParallel().AsOrdered().SelectMany(document =>
        {
            var text = PageText.Of(document).ToList();
            return StraightQuotes.Check(document.Page, text)
                .Concat(WorksheetLinkNames.Check(document, site.Worksheets))
                .Concat(AvoidedTerms.Check(document.Page, text, terms))
                .ToList();
        }).ToList();
}
