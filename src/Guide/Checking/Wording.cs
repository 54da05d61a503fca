using Guide.Content;
using Guide.Markdown;

namespace Guide.Checking;

/// <summary>
/// The wording rules of <c>check</c>: each language's own quotation marks on its pages (GUIDE054), worksheet
/// links named by the worksheet's title (GUIDE055) and the terms of <c>input/terms.yml</c> (GUIDE056).
/// They are warnings, so a preview still builds; <c>check --strict</c> makes them errors, and the test suite
/// runs it on the real guide, so a pull request that brings one back fails.
/// </summary>
public static class Wording
{
    // Lists per page, flattened afterwards: an ordered parallel SelectMany expands generics without end,
    // which the native build cannot compile.
    public static IEnumerable<Diagnostic> Check(Site site, TermList terms) =>
        site.Documents.Where(d => !d.Page.IsFallback).AsParallel().AsOrdered().Select(document =>
        {
            var text = PageText.Of(document).ToList();
            return StraightQuotes.Check(document.Page, text, site.Words[document.Page.Lang])
                .Concat(WorksheetLinkNames.Check(document, site.Worksheets))
                .Concat(AvoidedTerms.Check(document.Page, text, terms))
                .ToList();
        }).ToList().SelectMany(found => found).ToList();
}
