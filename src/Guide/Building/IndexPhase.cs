using System.Text.Json;
using Guide.Content;
using Guide.Markdown;
using Guide.Rendering;
using Guide.Search;
using Guide.Worksheets;

namespace Guide.Building;

/// <summary>
/// The index phase: per language, the sections of its pages in reading order, then its worksheets and
/// rehearsals and the reader's own pages, as one search index (a manifest and its parts). An index reads its
/// sections and is taken from the memo while they are the same.
/// </summary>
public static class IndexPhase
{
    /// <param name="sections">Each page's search sections, as the load phase took them from its tree; each language's are removed once it is indexed.</param>
    public static void Build(Site site, IDictionary<(string Lang, string Path), IReadOnlyList<SearchDocument>> sections, SiteAssets assets,
        WorksheetCatalog? catalog, LoadedRehearsals rehearsals, Func<string, string> route, BuildMemo memo)
    {
        IReadOnlyList<SearchDocument> Sections(PageDocument d) => sections[(d.Page.Lang, d.Page.RelativePath)];
        SearchIndex Index(string lang)
        {
            // Every page of a language is in its reading order: home, root pages, then each section.
            // A page shown in place of a missing translation is found in its own language's index.
            var docs = site.ReadingOrder(lang).Where(d => !d.Page.IsFallback).SelectMany(Sections).ToList();
            // The other languages' sections wait in memory while this index is built; these need not.
            foreach (var key in sections.Keys.Where(k => k.Lang == lang).ToList())
            {
                sections.Remove(key);
            }
            if (catalog is not null)
            {
                docs.AddRange(WorksheetPublisher.SearchDocuments(catalog, lang, route));
            }
            docs.AddRange(RehearsalPublisher.SearchDocuments(rehearsals.Catalog, lang, site.Words[lang], route));
            docs.AddRange(PreparationPublisher.SearchDocuments(site.Words[lang], lang, route));
            return memo.Get("index", lang, () => BuildMemo.Key(JsonSerializer.Serialize(docs, MemoJson.Default.ListSearchDocument)), () => SearchIndexBuilder.Build(lang, docs));
        }

        // One language at a time: an index is built on every core, and two at once doubled the build's peak memory.
        foreach (var index in site.Config.Languages.Select(l => Index(l.Code)))
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
