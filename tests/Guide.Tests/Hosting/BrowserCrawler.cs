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
    private string _current = "(start)";

    /// <param name="context">A fresh browser context; its routes are set here.</param>
    /// <param name="root">The site's root address, ending in '/'.</param>
    /// <param name="exists">Whether an address inside the site names a real file (for file://; a server answers for itself).</param>
    private BrowserCrawler(IBrowserContext context, Uri root, Func<Uri, bool> exists)
    {
        _context = context;
        _root = root;
        _exists = exists;
    }

    public List<string> Broken { get; } = [];

    /// <summary>Requests that would have left the site; each was stopped before it went out.</summary>
    public List<string> Outside { get; } = [];

    public List<Uri> Pages { get; } = [];

    public static async Task<BrowserCrawler> CreateAsync(IBrowserContext context, Uri root, Func<Uri, bool> exists)
    {
        var crawler = new BrowserCrawler(context, root, exists);
        await context.RouteAsync("**/*", async route =>
        {
            if (crawler.Inside(new Uri(route.Request.Url)))
            {
                await route.ContinueAsync();
            }
            else
            {
                crawler.Outside.Add($"{crawler._current}: {route.Request.Method} {route.Request.Url}");
                await route.AbortAsync();
            }
        });
        context.RequestFailed += (_, r) => crawler.Broken.Add($"{crawler._current}: request failed: {r.Url} ({r.Failure})");
        context.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                crawler.Broken.Add($"{crawler._current}: console error: {m.Text}");
            }
        };
        return crawler;
    }

    public bool Inside(Uri url) => url.AbsoluteUri.StartsWith(_root.AbsoluteUri, StringComparison.Ordinal);

    public async Task RunAsync(string start = "index.html")
    {
        var page = await _context.NewPageAsync();
        page.PageError += (_, e) => Broken.Add($"{_current}: script error: {e}");
        var queue = new Queue<Uri>([new Uri(_root, start)]);
        var seen = new HashSet<Uri>(queue);
        while (queue.TryDequeue(out var url))
        {
            _current = Name(url);
            Pages.Add(url);
            await page.GotoAsync(url.AbsoluteUri, new() { WaitUntil = WaitUntilState.Load });
            var found = (await page.EvaluateAsync<JsonElement>(Collect)).Deserialize<Found>(Json)!;
            _ids[url] = [.. found.Ids];
            foreach (var r in found.Refs)
            {
                if (Check(new Reference(r.Element, r.Attribute, r.Raw), new Uri(r.Url)) is { } next && IsPage(next) && seen.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }
        await page.CloseAsync();
        foreach (var (from, reference, target) in _anchors)
        {
            var id = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
            if (_ids.TryGetValue(Bare(target), out var ids) && !ids.Contains(id))
            {
                Broken.Add($"{from}: {reference}: no element with id '{id}' on {Name(Bare(target))}");
            }
        }
    }

    /// <summary>The address without its #anchor when it is a file of the site, or null after noting why not.</summary>
    private Uri? Check(Reference reference, Uri target)
    {
        if (reference.IsOutside)
        {
            if (!reference.IsClickable)
            {
                Broken.Add($"{_current}: {reference}: loads from outside the site");
            }
            return null;
        }
        if (reference.IsRootAbsolute || !Inside(target))
        {
            Broken.Add($"{_current}: {reference}: leads to {target}, outside the site");
            return null;
        }
        var bare = Bare(target);
        if (!_exists(bare))
        {
            Broken.Add($"{_current}: {reference}: {Name(bare)} does not exist");
            return null;
        }
        if (target.Fragment.Length > 1)
        {
            _anchors.Add((_current, reference, target));
        }
        return bare;
    }

    private static bool IsPage(Uri url) => url.AbsolutePath.EndsWith('/') || url.AbsolutePath.EndsWith(".html", StringComparison.Ordinal);

    private static Uri Bare(Uri url) => new(url.GetLeftPart(UriPartial.Query));

    private string Name(Uri url) => Uri.UnescapeDataString(url.AbsoluteUri[Math.Min(_root.AbsoluteUri.Length, url.AbsoluteUri.Length)..]);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record Found(List<FoundRef> Refs, List<string> Ids);

    private sealed record FoundRef(string Element, string Attribute, string Raw, string Url);
}
