using System.Collections.Concurrent;
using Guide.Content;
using Guide.Markdown;
using Guide.Rehearsals;
using Guide.Search;
using Guide.Worksheets;

namespace Guide.Building;

/// <summary>The model a build works from: the site, the worksheets (when the guide has a folder of them) and the rehearsals.</summary>
/// <param name="WorksheetKeys">A fingerprint of each worksheet's definition file, by its path: what its PDFs are made from.</param>
public sealed record LoadedSite(Site Site, WorksheetCatalog? Catalog, LoadedRehearsals Rehearsals, IReadOnlyDictionary<string, string> WorksheetKeys);

/// <summary>
/// The load phase: site.yml, every file below the input folder, the pages parsed into syntax trees, the
/// worksheet and rehearsal definitions, and the checks that need all of them. Parsing and the two
/// definition folders go through the memo, keyed by the bytes they read. Each page's search sections are
/// taken while its tree is in hand; a one-off build then drops the tree (see <see cref="PageDocument"/>).
/// </summary>
public sealed class SiteLoader(BuildOptions options, BuildMemo memo, DiagnosticBag diagnostics)
{
    private ConcurrentDictionary<(string Lang, string Path), IReadOnlyList<SearchDocument>>? _sections = new();

    /// <summary>The search sections of every page written in its language, handed over once, so they can be collected once indexed.</summary>
    public IDictionary<(string Lang, string Path), IReadOnlyList<SearchDocument>> TakeSections()
    {
        var sections = _sections ?? throw new InvalidOperationException("the sections were taken already");
        _sections = null;
        return sections;
    }

    public LoadedSite? Load(string input)
    {
        var config = SiteConfigLoader.Load(input, diagnostics);
        if (config is null)
        {
            return null;
        }
        var tree = InputTree.Walk(input, diagnostics);
        // Front matter reads nothing but the page's text and the path its problems are reported at.
        var pages = ContentLoader.Load(input, config, tree, diagnostics, (display, text) =>
            memo.Get("front matter", display, () => BuildMemo.Key(display, text), () => FrontMatterParser.Parse(display, text)));
        var languages = config.Languages.Select(l => l.Code).ToList();
        var assets = PublishedFiles.From(tree, config, diagnostics);
        // A guide without a worksheets folder is fine; one with a broken folder is not.
        // Relative to the working directory, so worksheet problems print as paths an editor can open.
        var worksheetsDir = DisplayPath.Of(options.ResolvedWorksheetsDir);
        var (catalog, worksheetKeys) = Directory.Exists(worksheetsDir) ? Worksheets(worksheetsDir, languages) : (null, new Dictionary<string, string>());
        if (catalog is not null)
        {
            WorksheetFiles.ReportIgnored(worksheetsDir, diagnostics);
        }
        var written = pages.AsParallel().AsOrdered().Select(Parse).OfType<PageDocument>().ToList();
        var documents = written.Concat(Fallbacks(written, languages)).ToList();
        var links = (catalog?.All ?? []).Select(w => new WorksheetLink(w.Id, w.Slug, w.Title)).ToList();
        // Rehearsals are checked against the pages (their links name pages and headings), so they come last.
        var rehearsals = Rehearsals(DisplayPath.Of(options.ResolvedRehearsalsDir), languages);
        // A file that failed to load is still a rehearsal that pages may link to; its own problems say what is wrong.
        var rehearsalLinks = rehearsals.All.Select(RehearsalLink.Of).Concat(rehearsals.Unloaded.Select(id => new RehearsalLink(id, LocalizedText.Same(id))));
        var site = new Site(config, documents, links, tree.Files, assets) { Rehearsals = [.. rehearsalLinks] };
        NavigationRules.Check(site, input, diagnostics);
        var guideLinks = GuideLinks.Resolve(rehearsals, new SitePages(site), diagnostics);
        return new LoadedSite(site, catalog, new LoadedRehearsals(rehearsals, guideLinks), worksheetKeys);
    }

    /// <summary>
    /// A page for every path some language has and another lacks, so an editor can publish a page in one
    /// language first: it shows the page of the first language (in site.yml's order) that has it, with a
    /// notice, and shares its syntax tree. <c>check</c> reports each as a missing translation (GUIDE051).
    /// </summary>
    private static IEnumerable<PageDocument> Fallbacks(List<PageDocument> written, List<string> languages)
    {
        var byPath = written.GroupBy(d => d.Page.RelativePath, StringComparer.Ordinal);
        foreach (var group in byPath.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var original = group.OrderBy(d => languages.IndexOf(d.Page.Lang)).First();
            foreach (var lang in languages.Where(l => group.All(d => d.Page.Lang != l)))
            {
                yield return original.With(original.Page.FallbackIn(lang));
            }
        }
    }

    /// <summary>A page's syntax tree, taken from the memo while its body is unchanged; null, with the problem reported, when it does not parse.</summary>
    private PageDocument? Parse(Page page) => FileProcessingException.About(page.SourcePath, () =>
    {
        var document = memo.Get("parse", $"{page.Lang}/{page.RelativePath}", () => PageDocument.ParseKey(page), diagnostics,
            found => PageDocument.TryParse(page, found))?.With(page);
        if (document is null)
        {
            return null;
        }
        var url = options.Route(page.Url);
        _sections![(page.Lang, page.RelativePath)] = memo.Get("sections", $"{page.Lang}/{page.RelativePath}",
            () => BuildMemo.Key(BodyPhase.PageKey(page), url), () => SearchSections.Of(document, url).ToList());
        return memo.Keeps ? document : document.WithoutSyntax();
    });

    private (WorksheetCatalog, Dictionary<string, string>) Worksheets(string folder, List<string> languages)
    {
        var files = DefinitionFiles(folder);
        var keys = files.ToDictionary(f => f.Path, f => f.Key, StringComparer.Ordinal);
        var catalog = memo.Get("worksheets", folder, BuildMemo.Key([string.Join(",", languages), .. files.Select(f => f.Path + "=" + f.Key)]), diagnostics,
            found => WorksheetCatalog.Load(folder, languages, found));
        return (catalog, keys);
    }

    private RehearsalCatalog Rehearsals(string folder, List<string> languages) =>
        memo.Get("rehearsals", folder, BuildMemo.Key([string.Join(",", languages), .. DefinitionFiles(folder).Select(f => f.Path + "=" + f.Key)]), diagnostics,
            found => RehearsalCatalog.Load(folder, languages, found));

    /// <summary>
    /// Each <c>*.yml</c> file of a definitions folder with a fingerprint of its bytes, read as the catalogs
    /// read them (a FIFO named *.yml must not block); a file that cannot be read is keyed by its name alone.
    /// </summary>
    private static List<(string Path, string Key)> DefinitionFiles(string folder) =>
        !Directory.Exists(folder) ? [] :
        [.. Directory.GetFiles(folder, "*.yml").Order(StringComparer.Ordinal)
            .Select(f => (f, InputFile.ReadBytes(f, folder, f, new DiagnosticBag()) is { } bytes ? BuildMemo.Key(bytes) : ""))];
}
