using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Guide.Content;
using Guide.Markdown;
using Guide.Search;
using Guide.Worksheets;

namespace Guide.Serving;

/// <summary>
/// What the dev server keeps from one build to the next, so a save redoes only the work it affects:
/// parsed pages, rendered bodies (with the problems found while rendering them), search sections,
/// search indexes and the worksheet catalog. Each entry is stored with a fingerprint of every input it
/// was made from; a different fingerprint is a miss, so a cached build gives the same bytes as a full one.
/// </summary>
/// <remarks>
/// The layout phase is not cached: every page links the content-hashed search index of both
/// languages, so any change to any text changes every page's HTML anyway.
/// </remarks>
public sealed class RebuildCache
{
    private readonly Dictionary<(string Lang, string Path), PageEntry> _pages = [];
    private readonly Dictionary<string, (IReadOnlyList<SearchDocument> Docs, SearchIndex Index)> _indexes = [];
    private (string Key, WorksheetCatalog Catalog, IReadOnlyList<Diagnostic> Found)? _worksheets;

    /// <summary>How many page bodies the last build rendered rather than took from the cache.</summary>
    public int BodiesRendered { get; private set; }

    /// <summary>A page's syntax tree, reused while the page (front matter and body) is unchanged; null, with the problem reported, when it does not parse.</summary>
    public PageDocument? Parse(Page page, DiagnosticBag diagnostics)
    {
        var key = Fingerprint(JsonSerializer.Serialize(page));
        var id = (page.Lang, page.RelativePath);
        if (_pages.TryGetValue(id, out var entry) && entry.PageKey == key)
        {
            return entry.Document;
        }
        _pages.Remove(id);
        if (PageDocument.TryParse(page, diagnostics) is not { } document)
        {
            return null;
        }
        entry = new PageEntry(key, document);
        _pages[id] = entry;
        return entry.Document;
    }

    /// <summary>
    /// Everything a body's links are checked against: which pages exist and their heading ids, the
    /// worksheets and rehearsals, the files below the input folder (and which are published) and the link
    /// style. Called once per build, it also forgets pages that no longer exist.
    /// </summary>
    public string LinkContext(Site site, bool portable)
    {
        BodiesRendered = 0;
        var live = site.Documents.Select(d => (d.Page.Lang, d.Page.RelativePath)).ToHashSet();
        foreach (var gone in _pages.Keys.Where(k => !live.Contains(k)).ToList())
        {
            _pages.Remove(gone);
        }
        var parts = new List<string> { portable ? "portable" : "folders" };
        parts.AddRange(site.Documents.Select(d => $"{d.Page.Lang}/{d.Page.RelativePath}#{string.Join('#', d.Headings.Select(h => h.Id))}"));
        parts.AddRange(site.Worksheets.Select(w => $"{w.Id}={w.Slug}"));
        parts.AddRange(site.Rehearsals.Select(r => RehearsalLink.Scheme + r.Id));
        parts.AddRange(site.InputFiles.Order(StringComparer.Ordinal));
        parts.AddRange(site.Assets.Select(a => "published:" + a.RelativePath));
        return Fingerprint(parts.ToArray());
    }

    /// <summary>
    /// The page's body HTML. On a miss, <paramref name="render"/> gets an untouched syntax tree
    /// (rendering rewrites links in place) and a bag of its own, whose problems are kept and replayed on hits.
    /// </summary>
    public string Body(PageDocument document, string linkContext, DiagnosticBag diagnostics, Func<PageDocument, DiagnosticBag, string> render)
    {
        var entry = _pages.GetValueOrDefault((document.Page.Lang, document.Page.RelativePath));
        if (entry is null || entry.Document != document)
        {
            // Not parsed through this cache: render without keeping anything.
            return render(document, diagnostics);
        }
        if (entry.Body is { } cached && entry.BodyContext == linkContext)
        {
            diagnostics.AddRange(entry.BodyProblems);
            return cached;
        }
        var tree = entry.RenderedTree is null ? document : PageDocument.Parse(document.Page);
        entry.RenderedTree = tree;
        var found = new DiagnosticBag();
        entry.Body = render(tree, found);
        entry.BodyContext = linkContext;
        entry.BodyProblems = found.Sorted();
        BodiesRendered++;
        diagnostics.AddRange(entry.BodyProblems);
        return entry.Body;
    }

    /// <summary>
    /// A page's search sections, reused while its front matter, body and address are unchanged. On a miss
    /// <paramref name="make"/> gets the syntax tree as the body was last rendered from it.
    /// </summary>
    public IReadOnlyList<SearchDocument> Sections(PageDocument document, string body, string url, Func<PageDocument, IEnumerable<SearchDocument>> make)
    {
        var entry = _pages.GetValueOrDefault((document.Page.Lang, document.Page.RelativePath));
        var key = Fingerprint(entry?.PageKey ?? "", body, url);
        if (entry is null || entry.Document != document)
        {
            return [.. make(document)];
        }
        if (entry.Sections is { } cached && entry.SectionsKey == key)
        {
            return cached;
        }
        entry.Sections = [.. make(entry.RenderedTree ?? document)];
        entry.SectionsKey = key;
        return entry.Sections;
    }

    /// <summary>A language's search index, reused while its sections are the same.</summary>
    public SearchIndex SearchIndex(string lang, IReadOnlyList<SearchDocument> docs, Func<SearchIndex> build)
    {
        if (_indexes.TryGetValue(lang, out var cached) && cached.Docs.SequenceEqual(docs, SectionComparer.Instance))
        {
            return cached.Index;
        }
        var index = build();
        _indexes[lang] = (docs, index);
        return index;
    }

    /// <summary>The worksheet definitions, reloaded only when a file in the folder changed, appeared or went.</summary>
    public WorksheetCatalog Worksheets(string folder, DiagnosticBag diagnostics)
    {
        // Read as the catalog reads them (a FIFO named *.yml must not block); unreadable files are keyed by name alone.
        var files = Directory.GetFiles(folder, "*.yml").Order(StringComparer.Ordinal);
        var key = Fingerprint([.. files.SelectMany(f => new[] { f, Convert.ToBase64String(InputFile.ReadBytes(f, folder, f, new DiagnosticBag()) ?? []) })]);
        if (_worksheets is not { } cached || cached.Key != key)
        {
            var found = new DiagnosticBag();
            var catalog = WorksheetCatalog.Load(folder, found);
            cached = (key, catalog, found.Sorted());
            _worksheets = cached;
        }
        diagnostics.AddRange(cached.Found);
        return cached.Catalog;
    }

    private static string Fingerprint(params string[] parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(part));
            hash.AppendData([0]);
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private sealed class PageEntry(string pageKey, PageDocument document)
    {
        public string PageKey { get; } = pageKey;

        public PageDocument Document { get; } = document;

        /// <summary>
        /// The tree the body was last rendered from (rendering rewrites links in place, so a second render
        /// parses afresh); search sections are read from it.
        /// </summary>
        public PageDocument? RenderedTree { get; set; }

        public string? Body { get; set; }

        public string? BodyContext { get; set; }

        public IReadOnlyList<Diagnostic> BodyProblems { get; set; } = [];

        public IReadOnlyList<SearchDocument>? Sections { get; set; }

        public string? SectionsKey { get; set; }
    }

    /// <summary>Search documents compared by value, tags included (a list compares by reference in a record).</summary>
    private sealed class SectionComparer : IEqualityComparer<SearchDocument>
    {
        public static readonly SectionComparer Instance = new();

        public bool Equals(SearchDocument? x, SearchDocument? y) =>
            x is not null && y is not null && x.Url == y.Url && x.PageTitle == y.PageTitle && x.Heading == y.Heading
            && x.Summary == y.Summary && x.Text == y.Text && x.Tags.SequenceEqual(y.Tags);

        public int GetHashCode(SearchDocument obj) => obj.Url.GetHashCode(StringComparison.Ordinal);
    }
}
