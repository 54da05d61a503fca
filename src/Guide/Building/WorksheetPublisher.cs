using Guide.Content;
using Guide.Output;
using Guide.Rendering;
using Guide.Theme.Model;
using Guide.Theme.Worksheets;
using Guide.Worksheets;
using Guide.Worksheets.Filling;

namespace Guide.Building;

/// <summary>
/// The worksheets' pages on the site: per language an index page and a page per worksheet (what it is
/// for, the PDF links, a form to fill in the browser). <see cref="WorksheetPdfs"/> makes the PDFs they link to.
/// </summary>
public sealed class WorksheetPublisher(Site site, WorksheetCatalog catalog, ViewBuilder views, BuildOptions options)
{
    public static string IndexUrl(string lang) => $"{lang}/worksheets/";

    /// <summary>The index page and one page per worksheet, in every language of the site that worksheets speak.</summary>
    internal void WritePages(IOutputSink files, RendererScope renderer)
    {
        foreach (var lang in Languages())
        {
            var text = site.Words[lang];
            var indexUrl = IndexUrl(lang);
            var items = catalog.All.Select(w => new WorksheetListItem(w, views.Href(indexUrl, PageUrl(w, lang)), PdfHref(indexUrl, w, WorksheetEdition.For(lang)) ?? "")).ToList();
            var ui = WorksheetUiText.From(text);
            var indexBody = renderer.Render<WorksheetList>(new() { ["Items"] = items, ["Lang"] = lang, ["Ui"] = ui });
            var indexView = views.ForWorksheets(indexUrl, lang, text["worksheets"], indexBody, OtherLanguages(lang, _ => "worksheets/"), null);
            files.Add(PageWriter.FileOf(indexUrl), renderer.Page(indexView));

            foreach (var worksheet in catalog.All)
            {
                var url = PageUrl(worksheet, lang);
                var bilingual = BilingualEdition(site) is { } edition ? PdfHref(url, worksheet, edition) : null;
                var body = renderer.Render<WorksheetPage>(new()
                {
                    ["Worksheet"] = worksheet,
                    ["Lang"] = lang,
                    ["PdfHref"] = PdfHref(url, worksheet, WorksheetEdition.For(lang)),
                    ["BilingualPdfHref"] = bilingual,
                    ["Ui"] = ui,
                    ["Fill"] = options.Worksheets
                        ? new FillView(views.Href(url, FillScript.PathOf(worksheet, WorksheetEdition.For(lang))), FillScript.Key(worksheet, WorksheetEdition.For(lang)),
                            text, views.Href(url, PreparationPages.CardUrl(lang)) + "#device")
                        : null,
                });
                var title = $"{worksheet.Id} {worksheet.Title.Get(lang)}";
                var view = views.ForWorksheets(url, lang, title, body, OtherLanguages(lang, l => $"worksheets/{worksheet.Slug}/"), indexUrl);
                files.Add(PageWriter.FileOf(url), renderer.Page(view));
            }
        }
    }

    /// <summary>Search documents for the worksheet pages, so "三三自评" or "meeting record" finds the form.</summary>
    public static IEnumerable<Search.SearchDocument> SearchDocuments(WorksheetCatalog catalog, string lang, Func<string, string> route) =>
        catalog.All.Select(w => new Search.SearchDocument(
            route(PageUrl(w, lang)),
            $"{w.Id} {w.Title.Get(lang)}",
            $"{w.Id} {w.Title.Get(lang)}",
            w.Purpose.Get(lang),
            string.Join("\n", new[] { w.Purpose.Get(lang), w.WhenToUse.Get(lang) }.Concat(w.Steps.Select(s => s.Get(lang))))));

    private static string PageUrl(Worksheet worksheet, string lang) => $"{lang}/worksheets/{worksheet.Slug}/";

    private string? PdfHref(string fromUrl, Worksheet worksheet, WorksheetEdition edition) =>
        options.Worksheets ? views.Href(fromUrl, PdfPath(worksheet, edition)) : null;

    internal static string PdfPath(Worksheet worksheet, WorksheetEdition edition) =>
        $"{edition.PdfLanguage}/worksheets/{edition.FileName(worksheet.Slug)}";


    private IEnumerable<string> Languages() => Languages(site);

    /// <summary>The edition with the site's first two languages on one form, when site.yml asks for it.</summary>
    internal static WorksheetEdition? BilingualEdition(Site site) =>
        site.Config.Worksheets.Bilingual && site.Config.Languages is [var first, var second, ..]
            ? WorksheetEdition.Bilingual(first.Code, second.Code)
            : null;

    /// <summary>The site's languages: worksheets are written in every one of them.</summary>
    internal static IEnumerable<string> Languages(Site site) => site.Config.Languages.Select(l => l.Code);

    private List<LanguageLink> OtherLanguages(string lang, Func<string, string> pathIn) =>
        views.PairedLanguages(lang, pathIn, Languages().Contains);
}
