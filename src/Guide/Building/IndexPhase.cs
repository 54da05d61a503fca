using System.Text.Json;
using Guide.Content;
using Guide.Markdown;
using Guide.Rendering;
using Guide.Search;
using Guide.Worksheets;

namespace Guide.Building;

/// <summary>
/// The index phase: per language, the sections of its pages in reading order, then its worksheets and
/// rehearsals, as one search index script. A page's sections read its page and address; an index reads
/// its sections; both are taken from the memo while what they read is the same.
/// </summary>
public static class IndexPhase
{
    public static void Build(Site site, SiteAssets assets, WorksheetCatalog? catalog, LoadedRehearsals rehearsals, Func<string, string> route, BuildMemo memo)
    {
        IReadOnlyList<SearchDocument> Sections(PageDocument d) => memo.Get("sections", $"{d.Page.Lang}/{d.Page.RelativePath}",
            BuildMemo.Key(BodyPhase.PageKey(d.Page), route(d.Page.Url)), () => SearchSections.Of(d, route(d.Page.Url)).ToList());
        string Script(string lang)
        {
            // Every page of a language is in its reading order: home, root pages, then each section.
            // A page shown in place of a missing translation is found in its own language's index.
            var docs = site.ReadingOrder(lang).Where(d => !d.Page.IsFallback).AsParallel().AsOrdered().SelectMany(Sections).ToList();
            if (catalog is not null)
            {
                docs.AddRange(WorksheetPublisher.SearchDocuments(catalog, lang, route));
            }
            docs.AddRange(RehearsalPublisher.SearchDocuments(rehearsals.Catalog, lang, site.Words[lang], route));
            return memo.Get("index", lang, BuildMemo.Key(JsonSerializer.Serialize(docs)), () => SearchIndexBuilder.Build(lang, docs));
        }

        var scripts = site.Config.Languages.Select(l => l.Code).AsParallel().AsOrdered().Select(lang => (Lang: lang, Script: Script(lang))).ToList();
        foreach (var (lang, script) in scripts)
        {
            var path = assets.Manifest.Add($"search/index.{lang}.js", System.Text.Encoding.UTF8.GetBytes(script));
            assets.AddSearchIndex(lang, path);
        }
    }
}
