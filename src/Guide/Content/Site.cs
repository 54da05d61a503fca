using Guide.Markdown;
using Guide.Theme.Model;

namespace Guide.Content;

/// <summary>A worksheet as content pages see it: its id for <c>worksheet:W2</c> links and its slug.</summary>
public sealed record WorksheetLink(string Id, string Slug, LocalizedText Title)
{
    public string Url(string lang) => UrlOf(Slug, lang);

    public static string UrlOf(string slug, string lang) => $"{lang}/worksheets/{slug}/";
}

/// <summary>
/// The whole guide as a model: configuration, every parsed page, and the navigation order derived
/// from folders and <c>order</c>. Built once per build; nothing here touches the disk.
/// </summary>
public sealed class Site
{
    private readonly Dictionary<(string Lang, string Path), PageDocument> _byPath;
    private readonly Dictionary<string, IReadOnlyList<Section>> _sections = [];
    private readonly Dictionary<string, IReadOnlyList<PageDocument>> _rootPages = [];
    private readonly Dictionary<string, IReadOnlyList<PageDocument>> _readingOrder = [];
    private readonly Dictionary<PageDocument, int> _readingPosition = [];
    private readonly HashSet<string> _assetPaths;

    /// <param name="inputFiles">Every file below the input folder (relative paths), pages and settings included.</param>
    /// <param name="assets">The files below the input folder that are published as they are (<see cref="PublishedFiles"/>).</param>
    public Site(SiteConfig config, IReadOnlyList<PageDocument> documents, IReadOnlyList<WorksheetLink> worksheets,
        IReadOnlyList<InputEntry> inputFiles, IReadOnlyList<InputEntry> assets)
    {
        Config = config;
        Words = ThemeWords.For([.. config.Languages.Select(l => l.Code)]);
        Documents = documents;
        Worksheets = worksheets;
        InputFiles = inputFiles.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        Assets = assets;
        _assetPaths = assets.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        _byPath = documents.ToDictionary(d => (d.Page.Lang, d.Page.RelativePath));
        foreach (var language in config.Languages)
        {
            _sections[language.Code] = BuildSections(language.Code);
            _rootPages[language.Code] = [.. InOrder(documents.Where(d => d.Page.Lang == language.Code && d.Page.Section == "" && !d.Page.IsHome))];
            var order = BuildReadingOrder(language.Code);
            _readingOrder[language.Code] = order;
            for (var i = 0; i < order.Count; i++)
            {
                _readingPosition[order[i]] = i;
            }
        }
    }

    public SiteConfig Config { get; }

    public IReadOnlyList<PageDocument> Documents { get; }

    public IReadOnlyList<WorksheetLink> Worksheets { get; }

    /// <summary>The theme's UI words for the site's languages.</summary>
    public ThemeWords Words { get; init; }

    /// <summary>The rehearsals, for <c>rehearsal:ID</c> links and the navigation.</summary>
    public IReadOnlyList<RehearsalLink> Rehearsals { get; init; } = [];

    /// <summary>The relative path of every file below the input folder.</summary>
    public IReadOnlySet<string> InputFiles { get; }

    /// <summary>The files published as they are, at their path below the input folder.</summary>
    public IReadOnlyList<InputEntry> Assets { get; }

    public bool IsPublished(string relativePath) => _assetPaths.Contains(relativePath);

    public PageDocument? Find(string lang, string relativePath) =>
        _byPath.GetValueOrDefault((lang, relativePath));

    public PageDocument? Translation(Page page, string lang) => Find(lang, page.RelativePath);

    public PageDocument? Home(string lang) => Find(lang, "index.md");

    /// <summary>Pages at the language root other than the home page (a quick-start page, say).</summary>
    public IReadOnlyList<PageDocument> RootPages(string lang) => _rootPages.GetValueOrDefault(lang) ?? [];

    public IReadOnlyList<Section> Sections(string lang) => _sections.GetValueOrDefault(lang) ?? [];

    /// <summary>Home, root pages, then each section's own page followed by its pages: the order of previous/next links and the print edition.</summary>
    public IReadOnlyList<PageDocument> ReadingOrder(string lang) => _readingOrder.GetValueOrDefault(lang) ?? [];

    /// <summary>Where a page stands in its language's reading order, or -1.</summary>
    public int ReadingPosition(PageDocument document) => _readingPosition.GetValueOrDefault(document, -1);

    private List<PageDocument> BuildReadingOrder(string lang)
    {
        var order = new List<PageDocument>();
        if (Home(lang) is { } home)
        {
            order.Add(home);
        }
        order.AddRange(RootPages(lang));
        foreach (var section in Sections(lang))
        {
            if (section.Index is not null)
            {
                order.Add(section.Index);
            }
            order.AddRange(section.Pages);
        }
        return order;
    }

    private IReadOnlyList<Section> BuildSections(string lang) =>
        [.. Documents
            .Where(d => d.Page.Lang == lang && d.Page.Section != "")
            .GroupBy(d => d.Page.Section)
            .Select(g => new Section(
                g.Key,
                g.FirstOrDefault(d => d.Page.RelativePath == $"{g.Key}/index.md"),
                [.. InOrder(g.Where(d => d.Page.RelativePath != $"{g.Key}/index.md"))]))
            .OrderBy(s => s.Order)
            .ThenBy(s => s.Name, StringComparer.Ordinal)];

    private static IEnumerable<PageDocument> InOrder(IEnumerable<PageDocument> pages) =>
        pages.OrderBy(d => d.Page.Meta.Order).ThenBy(d => d.Page.RelativePath, StringComparer.Ordinal);
}
