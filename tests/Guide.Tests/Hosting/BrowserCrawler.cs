using System.Text.Json;
using Microsoft.Playwright;

namespace Guide.Tests.Hosting;

/// <summary>
/// Opens every page of a site in Chromium, starting from the root, and checks what the browser itself
/// resolves: each link and asset must reach a file of the site (from disk: a file, not a folder), each
/// #anchor an element, and no request may go anywhere else. Script errors and CSP reports count too.
/// </summary>
public sealed class BrowserCrawler
{
    // The browser's own reading of the page: every address as written and as resolved against the page.
    private const string Collect = """
        () => {
          const names = ["href", "src", "data-index", "data-other-index"];
          const refs = [];
          for (const el of document.querySelectorAll(names.map(n => "[" + n + "]").join(","))) {
            for (const name of names) {
              const raw = el.getAttribute(name);
              if (raw) refs.push({ element: el.localName, attribute: name, raw, url: new URL(raw, document.baseURI).href });
            }
          }
          return { refs, ids: [...document.querySelectorAll("[id]")].map(e => e.id) };
        }
        """;

    private readonly IBrowserContext _context;
    private readonly Uri _root;
    private readonly Func<Uri, bool> _exists;
    private readonly Dictionary<Uri, HashSet<string>> _ids = [];
    private readonly List<(string Page, Reference Ref, Uri Target)> _anchors = [];
    private IPage? _tab;
    private string _current = "";

    /// <param name="context">A fresh browser context; its requests are watched from here on.</param>
    /// <param name="root">The site's root address, ending in '/'.</param>
    /// <param name="exists">Whether an address inside the site names a real file (for file://; a server answers for itself).</param>
    private BrowserCrawler(IBrowserContext context, Uri root, Func<Uri, bool> exists)
    {
        _context = context;
        _root = root;
        _exists = exists;
    }

    public List<string> Broken { get; } = [];

    /// <summary>Requests that would have left the site; one to another machine failed at the test browser's dead proxy (<see cref="Chromium"/>).</summary>
    public List<string> Outside { get; } = [];

    public List<Uri> Pages { get; } = [];

    public static BrowserCrawler Create(IBrowserContext context, Uri root, Func<Uri, bool> exists)
    {
        var crawler = new BrowserCrawler(context, root, exists);
        Chromium.WatchRequests(context, root.AbsoluteUri, request =>
            crawler.Outside.Add($"{crawler.Name(request.Frame.Url)}: {request.Method} {request.Url}"));
        return crawler;
    }

    public bool Inside(Uri url) => url.AbsoluteUri.StartsWith(_root.AbsoluteUri, StringComparison.Ordinal);

    public async Task RunAsync(string start = "index.html")
    {
        var queue = new Queue<Uri>([new Uri(_root, start)]);
        var seen = new HashSet<Uri>(queue);
        while (queue.TryDequeue(out var url))
        {
            Pages.Add(url);
            foreach (var next in await VisitAsync(url))
            {
                if (seen.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }
        if (_tab is not null)
        {
            await _tab.CloseAsync();
            _tab = null;
        }
        foreach (var (from, reference, target) in _anchors)
        {
            var id = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
            if (_ids.TryGetValue(Bare(target), out var ids) && !ids.Contains(id))
            {
                Broken.Add($"{from}: {reference}: no element with id '{id}' on {Name(Bare(target))}");
            }
        }
    }

    /// <summary>
    /// One page, in the tab the previous page used. A page that fails to open (Chromium refuses an empty
    /// error page) takes its tab with it, so nothing it reports later is blamed on the next page.
    /// </summary>
    private async Task<List<Uri>> VisitAsync(Uri url)
    {
        _current = Name(url);
        var page = _tab ??= await NewTabAsync();
        var next = new List<Uri>();
        try
        {
            await page.GotoAsync(url.AbsoluteUri, new() { WaitUntil = WaitUntilState.Load, Timeout = 30_000 });
            var found = (await page.EvaluateAsync<JsonElement>(Collect)).Deserialize<Found>(Json)!;
            _ids[url] = [.. found.Ids];
            foreach (var r in found.Refs)
            {
                if (Check(_current, new Reference(r.Element, r.Attribute, r.Raw), new Uri(r.Url)) is { } target && IsPage(target))
                {
                    next.Add(target);
                }
            }
        }
        catch (PlaywrightException e)
        {
            Broken.Add($"{_current}: did not open: {e.Message.Split('\n')[0]}");
            _tab = null;
            await page.CloseAsync();
        }
        return next;
    }

    private async Task<IPage> NewTabAsync()
    {
        var page = await _context.NewPageAsync();
        page.PageError += (_, e) => Broken.Add($"{_current}: script error: {e}");
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                Broken.Add($"{_current}: console error: {m.Text}");
            }
        };
        page.RequestFailed += (_, r) => Broken.Add($"{_current}: request failed: {r.Url} ({r.Failure})");
        page.Response += (_, r) =>
        {
            if (r.Status >= 400)
            {
                Broken.Add($"{_current}: {r.Url} answered {r.Status}");
            }
        };
        return page;
    }

    /// <summary>The address without its #anchor when it is a file of the site, or null after noting why not.</summary>
    private Uri? Check(string from, Reference reference, Uri target)
    {
        if (reference.IsOutside)
        {
            if (!reference.IsClickable)
            {
                Broken.Add($"{from}: {reference}: loads from outside the site");
            }
            return null;
        }
        if (reference.IsRootAbsolute || !Inside(target))
        {
            Broken.Add($"{from}: {reference}: leads to {target}, outside the site");
            return null;
        }
        var bare = Bare(target);
        if (!_exists(bare))
        {
            Broken.Add($"{from}: {reference}: {Name(bare)} does not exist");
            return null;
        }
        if (target.Fragment.Length > 1)
        {
            _anchors.Add((from, reference, target));
        }
        return bare;
    }

    private static bool IsPage(Uri url) => url.AbsolutePath.EndsWith('/') || url.AbsolutePath.EndsWith(".html", StringComparison.Ordinal);

    private static Uri Bare(Uri url) => new(url.GetLeftPart(UriPartial.Query));

    private string Name(string url) => Name(new Uri(url));

    private string Name(Uri url)
    {
        var name = Uri.UnescapeDataString(url.AbsoluteUri[Math.Min(_root.AbsoluteUri.Length, url.AbsoluteUri.Length)..]);
        return name.Length == 0 ? "(root)" : name;
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record Found(List<FoundRef> Refs, List<string> Ids);

    private sealed record FoundRef(string Element, string Attribute, string Raw, string Url);
}
