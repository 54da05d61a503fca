using Guide.Content;
using Guide.Worksheets;

namespace Guide.Preparation;

/// <summary>What the reader's own pages are made from: the phrase bank and the worksheet fields of the card.</summary>
public sealed record CardAndPhrases(PhraseBank Phrases, IReadOnlyList<CardSource> Card)
{
    /// <summary>Gathers both from the model, reporting callouts (GUIDE070) and card fields (GUIDE071) that cannot be used.</summary>
    public static CardAndPhrases Gather(Site site, WorksheetCatalog? catalog, string worksheetsDir, DiagnosticBag diagnostics) =>
        new(PhraseBank.Gather(site, diagnostics), catalog is null ? [] : CardRecipe.Resolve(catalog, worksheetsDir, diagnostics));
}
