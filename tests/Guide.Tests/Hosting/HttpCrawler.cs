using System.Text;
using AngleSharp.Html.Parser;

namespace Guide.Tests.Hosting;

/// <summary>
/// Follows every link and asset of a served site from its root, the way a reader's browser (and a
/// link checker) would, and lists what does not resolve: a 404, an address outside the site's base,
/// a missing #anchor, or something loaded from another host.
/// </summary>
public sealed class HttpCrawler(HttpClient http, Uri root)
{
    private readonly HtmlParser _parser = new();
    private readonly Dictionary<Uri, HashSet<string>?> _ids = [];
    private readonly List<(Uri Page, Reference Ref, Uri Target)> _anchors = [];

    /// <summary>Every problem, one line each: the page, the reference as written, what is wrong.</summary>
    public List<string> Broken { get; } = [];

    /// <summary>Every address fetched with success.</summary>
    public List<Uri> Visited { get; } = [];

    public async Task RunAsync(params string[] starts)
    {
        var queue = new Queue<(Uri Url, string From)>(starts.Select(s => (new Uri(root, s), "(start)")));
        var seen = new HashSet<Uri>(queue.Select(q => q.Url));
        while (queue.TryDequeue(out var item))
        {
            foreach (var next in await VisitAsync(item.Url, item.From))
            {
                if (seen.Add(next))
                {
                    queue.Enqueue((next, item.Url.AbsolutePath));
                }
            }
        }
        foreach (var (page, reference, target) in _anchors)
        {
            var key = WithoutFragment(target);
            var id = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
            if (_ids.TryGetValue(key, out var ids) && ids is not null && !ids.Contains(id))
            {
                Broken.Add($"{page.AbsolutePath}: {reference}: no element with id '{id}' on {key.AbsolutePath}");
            }
        }
    }

    private async Task<IEnumerable<Uri>> VisitAsync(Uri url, string from)
    {
        using var response = await http.GetAsync(url);
        if (!response.IsSuccessStatusCode)
        {
            Broken.Add($"{from}: {url.AbsolutePath} answered {(int)response.StatusCode}");
            return [];
        }
        Visited.Add(url);
        var type = response.Content.Headers.ContentType?.MediaType ?? "";
        var body = await response.Content.ReadAsByteArrayAsync();
        if (type == "text/html")
        {
            var document = _parser.ParseDocument(Encoding.UTF8.GetString(body));
            _ids[url] = [.. document.All.Select(e => e.Id).OfType<string>()];
            return Resolve(url, References.InHtml(document));
        }
        _ids[url] = null;
        return type == "text/css" ? Resolve(url, References.InCss(Encoding.UTF8.GetString(body))) : [];
    }

    private List<Uri> Resolve(Uri page, IEnumerable<Reference> references)
    {
        var next = new List<Uri>();
        foreach (var reference in references)
        {
            if (reference.IsOutside)
            {
                if (!reference.IsClickable)
                {
                    Broken.Add($"{page.AbsolutePath}: {reference}: loads from outside the site");
                }
                continue;
            }
            if (reference.IsRootAbsolute)
            {
                Broken.Add($"{page.AbsolutePath}: {reference}: starts at the server root, so it breaks under a sub-path");
                continue;
            }
            var target = new Uri(page, reference.Raw);
            if (!target.AbsoluteUri.StartsWith(root.AbsoluteUri, StringComparison.Ordinal))
            {
                Broken.Add($"{page.AbsolutePath}: {reference}: leads to {target.AbsolutePath}, outside the site at {root.AbsolutePath}");
                continue;
            }
            if (target.Fragment.Length > 1)
            {
                _anchors.Add((page, reference, target));
            }
            next.Add(WithoutFragment(target));
        }
        return next;
    }

    private static Uri WithoutFragment(Uri url) => new(url.GetLeftPart(UriPartial.Query));
}
