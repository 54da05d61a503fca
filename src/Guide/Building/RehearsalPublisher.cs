using Guide.Content;
using Guide.Output;
using Guide.Rehearsals;
using Guide.Rendering;
using Guide.Theme.Model;
using Guide.Theme.Rehearsals;
using Guide.Worksheets;

namespace Guide.Building;

/// <summary>The rehearsals of a build and where their <c>read:</c> links lead.</summary>
public sealed record LoadedRehearsals(RehearsalCatalog Catalog, GuideLinks Links);

/// <summary>
/// The rehearsals' pages on the site: per language an index page and a page per rehearsal (the whole
/// script, which rehearsal.js plays one scene at a time), and their entries in the search index.
/// </summary>
public sealed class RehearsalPublisher(Site site, LoadedRehearsals rehearsals, ViewBuilder views)
{
    internal void WritePages(IOutputSink files, RendererScope renderer)
    {
        foreach (var lang in Languages(site))
        {
            var indexUrl = RehearsalLink.IndexUrl(lang);
            var items = rehearsals.Catalog.All.Select(r => new RehearsalListItem(r, views.Href(indexUrl, PageUrl(r, lang)))).ToList();
            var ui = RehearsalUiText.From(site.Words[lang]);
            var indexBody = renderer.Render<RehearsalList>(new() { ["Items"] = items, ["Lang"] = lang, ["Ui"] = ui });
            var indexView = views.ForRehearsals(indexUrl, lang, site.Words[lang]["rehearsals"], indexBody, OtherLanguages(lang, _ => "rehearsals/"), null);
            files.Add(PageWriter.FileOf(indexUrl), renderer.Page(indexView));

            foreach (var rehearsal in rehearsals.Catalog.All)
            {
                var url = PageUrl(rehearsal, lang);
                RehearsalGuideLink? Link(GuideRef read) =>
                    rehearsals.Links.For(lang, read) is { } section ? new RehearsalGuideLink(views.Href(url, section.Url), section.PageTitle, section.Heading) : null;
                var body = renderer.Render<RehearsalPage>(new()
                {
                    ["Rehearsal"] = rehearsal,
                    ["Lang"] = lang,
                    ["Link"] = (Func<GuideRef, RehearsalGuideLink?>)Link,
                    ["Ui"] = ui,
                });
                var languages = OtherLanguages(lang, _ => $"rehearsals/{rehearsal.Id}/");
                var view = views.ForRehearsals(url, lang, rehearsal.Title.Get(lang), body, languages, indexUrl) with { Summary = rehearsal.Summary.Get(lang) };
                files.Add(PageWriter.FileOf(url), renderer.Page(view));
            }
        }
    }

    /// <summary>
    /// One search document per rehearsal: its title, summary and situation, tagged so that "练习" or
    /// "practice" finds them. The heading is the collection's name rather than the title again, so a
    /// rehearsal ranks with a page's later sections and does not push the pages that explain a worry out
    /// of the first results for it.
    /// </summary>
    public static IEnumerable<Search.SearchDocument> SearchDocuments(RehearsalCatalog catalog, string lang, UiText text, Func<string, string> route) =>
        catalog.All.Select(r => new Search.SearchDocument(
            route(PageUrl(r, lang)),
            r.Title.Get(lang),
            text["rehearsals"],
            r.Summary.Get(lang),
            r.Situation.Get(lang))
        { Tags = text.List("rehearsal.searchTags") });

    private static string PageUrl(Rehearsal rehearsal, string lang) => RehearsalLink.Of(rehearsal).Url(lang);

    /// <summary>The site's languages: rehearsals are written in every one of them.</summary>
    private static IEnumerable<string> Languages(Site site) => site.Config.Languages.Select(l => l.Code);

    private List<LanguageLink> OtherLanguages(string lang, Func<string, string> pathIn) =>
        views.PairedLanguages(lang, pathIn, Languages(site).Contains);
}
