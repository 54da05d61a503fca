using System.Diagnostics;
using Guide.Content;
using Guide.Markdown;
using Guide.Output;
using Guide.Rendering;
using Guide.Search;
using Guide.Worksheets;

namespace Guide.Building;

/// <summary>
/// One build as a plain sequence: load → model → render → index → pages → files. Nothing is written
/// to disk here; <see cref="AtomicWriter"/> does that once the whole output exists.
/// </summary>
public sealed class SiteBuilder(BuildOptions options, IBuildProgress progress)
{
    private readonly DiagnosticBag _diagnostics = new();
    private readonly List<(string, TimeSpan)> _phases = [];

    public BuildResult Build()
    {
        var input = Path.GetFullPath(options.InputDir);
        if (!Directory.Exists(input))
        {
            _diagnostics.Add(Diagnostic.Error(DisplayPath.Of(input), 0, 0, DiagnosticCodes.MissingFile,
                "the input folder does not exist; pass --input with the folder that holds site.yml"));
            return Fail();
        }

        var loaded = Time("load", () => Load(input));
        if (loaded is null || _diagnostics.HasErrors)
        {
            return Fail();
        }
        var (site, catalog) = loaded.Value;

        var bodies = Time("render", () => RenderBodies(site, input));
        if (_diagnostics.HasErrors)
        {
            return Fail();
        }

        var files = new OutputFiles();
        var assets = new SiteAssets(new AssetManifest(), site.Config.PrimaryColor, PublishedLogo(site.Config));
        Time("index", () => BuildSearchIndexes(site, bodies, assets));
        Time("layout", () => new PageWriter(site, assets, PageHistory.Read(input, site.Config), catalog, options).WriteAll(bodies, files, _diagnostics));
        Time("copy", () => CopyFiles(input, assets, files));
        if (_diagnostics.HasErrors)
        {
            return Fail();
        }

        var perLanguage = site.Config.Languages.ToDictionary(l => l.Code, l => site.Documents.Count(d => d.Page.Lang == l.Code));
        return new BuildResult(files, _diagnostics.Sorted(), perLanguage, _phases);
    }

    private (Site, WorksheetCatalog?)? Load(string input)
    {
        var config = SiteConfigLoader.Load(input, _diagnostics);
        if (config is null)
        {
            return null;
        }
        var pages = ContentLoader.Load(input, config, _diagnostics);
        // A guide without a worksheets folder is fine; one with a broken folder is not.
        var catalog = Directory.Exists(options.ResolvedWorksheetsDir)
            ? WorksheetCatalog.Load(options.ResolvedWorksheetsDir, _diagnostics)
            : null;
        var documents = pages.Select(PageDocument.Parse).ToList();
        var links = (catalog?.All ?? []).Select(w => new WorksheetLink(w.Id, w.Slug, new Content.LocalizedText([new("zh-CN", w.Title.ZhCN), new("en", w.Title.En)]))).ToList();
        return (new Site(config, documents, links), catalog);
    }

    private Dictionary<PageDocument, string> RenderBodies(Site site, string input)
    {
        var rewriter = new LinkRewriter(site, input, options.Portable, _diagnostics);
        var bodies = new Dictionary<PageDocument, string>();
        foreach (var document in site.Documents)
        {
            rewriter.Rewrite(document);
            Callouts.Apply(document, ThemeResources.Text(document.Page.Lang), _diagnostics);
            HeadingRules.Check(document, _diagnostics);
            bodies[document] = BodyRenderer.Render(document);
        }
        return bodies;
    }

    private void BuildSearchIndexes(Site site, Dictionary<PageDocument, string> bodies, SiteAssets assets)
    {
        foreach (var language in site.Config.Languages)
        {
            var docs = site.ReadingOrder(language.Code)
                .Concat(site.Documents.Where(d => d.Page.Lang == language.Code))
                .Distinct()
                .SelectMany(d => SearchSections.Of(d.Page, bodies[d], Route(d.Page.Url)))
                .ToList();
            var script = SearchIndexBuilder.Build(language.Code, docs);
            var path = assets.Manifest.Add($"search/index.{language.Code}.js", System.Text.Encoding.UTF8.GetBytes(script));
            assets.AddSearchIndex(language.Code, path);
        }
    }

    private string Route(string url) => options.Portable && url.EndsWith('/') ? url + "index.html" : url;

    private static string? PublishedLogo(SiteConfig config) =>
        config.Logo is null ? null : config.Logo.TrimStart('/');

    private void CopyFiles(string input, SiteAssets assets, OutputFiles files)
    {
        foreach (var (path, content) in assets.Manifest.Files)
        {
            files.Add(path, content);
        }
        // Images and other files that pages link to keep their place below input/.
        foreach (var file in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(input, file).Replace('\\', '/');
            if (relative.EndsWith(".md", StringComparison.Ordinal) || relative == "site.yml" || relative.Split('/').Any(p => p.StartsWith('.')))
            {
                continue;
            }
            if (!files.Contains(relative))
            {
                files.Add(relative, File.ReadAllBytes(file));
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
