using System.Text.Json;
using Guide.Content;
using Guide.Markdown;
using Guide.Rendering;
using Guide.Search;
using Guide.Worksheets;

namespace Guide.Building;

/// <summary>
/// The index phase: per language, the sections of its pages in reading order, then its worksheets and
/// rehearsals and the reader's own pages, as one search index (a manifest and its parts). A page's sections read its page and address; an index reads
/// its sections; both are taken from the memo while what they read is the same.
/// </summary>
public static class IndexPhase
{
    public static void Build(Site site, SiteAssets assets, WorksheetCatalog? catalog, LoadedRehearsals rehearsals, Func<string, string> route, BuildMemo memo)
    {
        IReadOnlyList<SearchDocument> Sections(PageDocument d) => memo.Get("sections", $"{d.Page.Lang}/{d.Page.RelativePath}",
            BuildMemo.Key(BodyPhase.PageKey(d.Page), route(d.Page.Url)), () => SearchSections.Of(d, route(d.Page.Url)).ToList());
        SearchIndex Index(string lang)
        {
            // Every page of a language is in its reading order: home, root pages, then each section.
            // A page shown in place of a missing translation is found in its own language's index.
            var docs = site.ReadingOrder(lang).Where(d => !d.Page.IsFallback).AsParallel().AsOrdered().SelectMany(Sections).ToList();
            if (catalog is not null)
            {
                docs.AddRange(WorksheetPublisher.SearchDocuments(catalog, lang, route));
            }
            docs.AddRange(RehearsalPublisher.SearchDocuments(rehearsals.Catalog, lang, site.Words[lang], route));
            docs.AddRange(PreparationPublisher.SearchDocuments(site.Words[lang], lang, route));
            return memo.Get("index", lang, BuildMemo.Key(JsonSerializer.Serialize(docs)), () => SearchIndexBuilder.Build(lang, docs));
        }

        var indexes = site.Config.Languages.Select(l => l.Code).AsParallel().AsOrdered().Select(Index).ToList();
        foreach (var index in indexes)
        {
            // Parts get content-hashed names like every script; the manifest names them relative to its own folder.
            var published = index.Parts.ToDictionary(
                p => p.Name,
                p => assets.Manifest.Add("search/" + p.Name, System.Text.Encoding.UTF8.GetBytes(p.Script))["assets/search/".Length..],
                StringComparer.Ordinal);
            var path = assets.Manifest.Add($"search/index.{index.Lang}.js", System.Text.Encoding.UTF8.GetBytes(index.Manifest(name => published[name])));
            assets.AddSearchIndex(index.Lang, path);
        }
    }
}
