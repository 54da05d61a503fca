using System.Diagnostics;
using Guide.Content;
using Guide.Markdown;
using Guide.Output;
using Guide.Preparation;
using Guide.Rehearsals;
using Guide.Rendering;
using Guide.Search;
using Guide.Serving;
using Guide.Worksheets;

namespace Guide.Building;

/// <summary>
/// One build as a plain sequence: load → model → render → index → pages → files. Nothing is written
/// to disk here; <see cref="AtomicWriter"/> does that once the whole output exists. The dev server
/// passes a <see cref="RebuildCache"/> so a rebuild redoes only what a change affects.
/// </summary>
public sealed class SiteBuilder(BuildOptions options, IBuildProgress progress, RebuildCache? cache = null)
{
    private readonly DiagnosticBag _diagnostics = new();
    private readonly List<(string, TimeSpan)> _phases = [];

    public BuildResult Build()
    {
        var input = Path.GetFullPath(options.InputDir);
        if (!InputExists(input))
        {
            return Fail();
        }

        var loaded = Time("load", () => Load(input));
        if (loaded is null || _diagnostics.HasErrors)
        {
            return Fail();
        }
        var (site, catalog, rehearsals) = loaded.Value;

        // Read before rendering, from the trees as parsed.
        var preparation = Time("phrases", () => CardAndPhrases.Gather(site, catalog, options.ResolvedWorksheetsDir, _diagnostics));
        var bodies = Time("render", () => RenderBodies(site, input));
        if (_diagnostics.HasErrors)
        {
            return Fail();
        }

        var files = new OutputFiles();
        var theme = options.ThemeAssetsDir is { } themeDir ? SiteAssets.FilesIn(themeDir) : null;
        var assets = new SiteAssets(new AssetManifest(), site.Config.PrimaryColor, PublishedLogo(site.Config),
            [.. site.Config.Languages.Select(l => (l.Code, site.Config.Title[l.Code]))], theme);
        Time("index", () => BuildSearchIndexes(site, bodies, assets, catalog, rehearsals));
        Time("layout", () => new PageWriter(site, assets, PageHistory.Read(input, site.Config), catalog, options, rehearsals, preparation).WriteAll(bodies, files));
        if (catalog is not null)
        {
            Time("pdf", () => WorksheetPdfs.Write(site, catalog, options, files, _diagnostics));
        }
        Time("copy", () => CopyFiles(site, input, assets, files));
        if (_diagnostics.HasErrors)
        {
            return Fail();
        }

        var perLanguage = site.Config.Languages.ToDictionary(l => l.Code, l => site.Documents.Count(d => d.Page.Lang == l.Code));
        return new BuildResult(files, _diagnostics.Sorted(), perLanguage, _phases);
    }

    /// <summary>
    /// The load and render phases and the worksheets' layout, for <c>guide check</c>: every problem the
    /// build finds in the content, and the model for further checks (null when a page or setting failed to
    /// load, as the model would then be missing it). No page is laid out and nothing is written.
    /// </summary>
    public (Site? Site, IReadOnlyList<Diagnostic> Diagnostics) Validate()
    {
        var input = Path.GetFullPath(options.InputDir);
        var loaded = InputExists(input) ? Time("load", () => Load(input)) : null;
        if (loaded is not { } model || _diagnostics.HasErrors)
        {
            return (null, _diagnostics.Sorted());
        }
        var (site, catalog, _) = model;
        Time("phrases", () => CardAndPhrases.Gather(site, catalog, options.ResolvedWorksheetsDir, _diagnostics));
        Time("render", () => RenderBodies(site, input));
        if (catalog is not null)
        {
            // The PDFs are laid out as the build lays them out (a field too tall for a page shows only
            // there) and thrown away.
            Time("pdf", () => WorksheetPdfs.Write(site, catalog, options, new OutputFiles(), _diagnostics));
        }
        return (site, _diagnostics.Sorted());
    }

    private bool InputExists(string input)
    {
        if (!Directory.Exists(input))
        {
            _diagnostics.Add(Diagnostic.Error(DisplayPath.Of(input), 0, 0, DiagnosticCodes.MissingFile,
                "the input folder does not exist; pass --input with the folder that holds site.yml"));
        }
        return Directory.Exists(input);
    }

    private (Site, WorksheetCatalog?, LoadedRehearsals)? Load(string input)
    {
        var config = SiteConfigLoader.Load(input, _diagnostics);
        if (config is null)
        {
            return null;
        }
        var tree = InputTree.Walk(input, _diagnostics);
        var pages = ContentLoader.Load(input, config, tree, _diagnostics);
        var assets = PublishedFiles.From(tree, config, _diagnostics);
        // A guide without a worksheets folder is fine; one with a broken folder is not.
        // Relative to the working directory, so worksheet problems print as paths an editor can open.
        var worksheetsDir = DisplayPath.Of(options.ResolvedWorksheetsDir);
        var catalog = !Directory.Exists(worksheetsDir) ? null
            : cache is null ? WorksheetCatalog.Load(worksheetsDir, _diagnostics)
            : cache.Worksheets(worksheetsDir, _diagnostics);
        if (catalog is not null)
        {
            WorksheetFiles.ReportIgnored(worksheetsDir, _diagnostics);
        }
        // A full build parses on every core; the dev server's cache is single-threaded and has little to do.
        PageDocument? Parse(Page page) => FileProcessingException.About(page.SourcePath, () => PageDocument.TryParse(page, _diagnostics));
        var documents = cache is null
            ? pages.AsParallel().AsOrdered().Select(Parse).OfType<PageDocument>().ToList()
            : pages.Select(p => FileProcessingException.About(p.SourcePath, () => cache.Parse(p, _diagnostics))).OfType<PageDocument>().ToList();
        var links = (catalog?.All ?? []).Select(w => new WorksheetLink(w.Id, w.Slug, new Content.LocalizedText([new("zh-CN", w.Title.ZhCN), new("en", w.Title.En)]))).ToList();
        // Rehearsals are checked against the pages (their links name pages and headings), so they come last.
        var rehearsals = RehearsalCatalog.Load(DisplayPath.Of(options.ResolvedRehearsalsDir), _diagnostics);
        // A file that failed to load is still a rehearsal that pages may link to; its own problems say what is wrong.
        var rehearsalLinks = rehearsals.All.Select(RehearsalLink.Of).Concat(rehearsals.Unloaded.Select(id => new RehearsalLink(id, Content.LocalizedText.Same(id))));
        var site = new Site(config, documents, links, tree.Files, assets) { Rehearsals = [.. rehearsalLinks] };
        NavigationRules.Check(site, input, _diagnostics);
        return (site, catalog, new LoadedRehearsals(rehearsals, GuideLinks.Resolve(rehearsals, new SitePages(site), _diagnostics)));
    }

    private Dictionary<PageDocument, string> RenderBodies(Site site, string input)
    {
        string Render(PageDocument document, DiagnosticBag found) => FileProcessingException.About(document.Page.SourcePath, () =>
        {
            var links = new LinkRewriter(site, input, options.Portable, found);
            links.Rewrite(document);
            SituationLinks.Check(document, links, found);
            Callouts.Apply(document, ThemeResources.Text(document.Page.Lang), found);
            HeadingRules.Check(document, found);
            return BodyRenderer.Render(document);
        });
        if (cache is null)
        {
            return site.Documents.AsParallel().Select(d => (d, Html: Render(d, _diagnostics))).ToDictionary(x => x.d, x => x.Html);
        }
        var context = cache.LinkContext(site, options.Portable);
        return site.Documents.ToDictionary(d => d, d => cache.Body(d, context, _diagnostics, Render));
    }

    private void BuildSearchIndexes(Site site, Dictionary<PageDocument, string> bodies, SiteAssets assets, WorksheetCatalog? catalog, LoadedRehearsals rehearsals)
    {
        IEnumerable<SearchDocument> Sections(PageDocument d) => SearchSections.Of(d, Route(d.Page.Url));
        SearchIndex Index(string lang)
        {
            // Every page of a language is in its reading order: home, root pages, then each section.
            var pages = site.ReadingOrder(lang);
            var docs = cache is null
                ? pages.AsParallel().AsOrdered().SelectMany(d => Sections(d).ToList()).ToList()
                : pages.SelectMany(d => cache.Sections(d, bodies[d], Route(d.Page.Url), Sections)).ToList();
            if (catalog is not null)
            {
                docs.AddRange(WorksheetPublisher.SearchDocuments(catalog, lang, Route));
            }
            docs.AddRange(RehearsalPublisher.SearchDocuments(rehearsals.Catalog, lang, Route));
            docs.AddRange(PreparationPublisher.SearchDocuments(lang, Route));
            SearchIndex Build() => SearchIndexBuilder.Build(lang, docs);
            return cache?.SearchIndex(lang, docs, Build) ?? Build();
        }

        // Each language's index is built on its own core in a full build; the dev server's cache is single-threaded.
        var languages = site.Config.Languages.Select(l => l.Code).ToList();
        var indexes = cache is null
            ? languages.AsParallel().AsOrdered().Select(Index).ToList()
            : languages.Select(Index).ToList();
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

    private string Route(string url) => options.Portable && url.EndsWith('/') ? url + "index.html" : url;

    private static string? PublishedLogo(SiteConfig config) =>
        config.Logo is null ? null : config.Logo.TrimStart('/');

    private void CopyFiles(Site site, string input, SiteAssets assets, OutputFiles files)
    {
        foreach (var (path, content) in assets.Manifest.Files)
        {
            files.Add(path, content);
        }
        // Images and other files that pages link to keep their place below input/.
        foreach (var file in site.Assets)
        {
            if (files.Contains(file.RelativePath))
            {
                _diagnostics.Add(Diagnostic.Error(file.Display, 0, 0, DiagnosticCodes.DuplicateOutput,
                    $"this file would be published at {file.RelativePath}, where the guide writes a file of its own; rename it or move it into another folder"));
            }
            else if (InputFile.ReadBytes(file.ReadPath, input, file.Display, _diagnostics) is { } bytes)
            {
                files.Add(file.RelativePath, bytes);
            }
        }
    }

    private T Time<T>(string phase, Func<T> work)
    {
        progress.Phase(phase);
        var clock = Stopwatch.StartNew();
        var result = work();
        _phases.Add((phase, clock.Elapsed));
        return result;
    }

    private void Time(string phase, Action work) => Time<object?>(phase, () =>
    {
        work();
        return null;
    });

    private BuildResult Fail() => new(null, _diagnostics.Sorted(), new Dictionary<string, int>(), _phases);
}
