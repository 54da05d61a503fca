using System.Text;
using Guide.Content;
using Guide.Markdown;
using Guide.Output;
using Guide.Rendering;
using Guide.Theme.Layouts;
using Guide.Theme.Model;
using Guide.Worksheets;

namespace Guide.Building;

/// <summary>
/// Puts every page into the layout and adds the site's own files: the language choice at the root,
/// 404.html, robots.txt, sitemap.xml and a print edition per language.
/// </summary>
public sealed class PageWriter(Site site, SiteAssets assets, PageHistory history, WorksheetCatalog? catalog, BuildOptions options)
{
    private readonly ViewBuilder _views = new(site, assets, history, options.Portable);

    public void WriteAll(IReadOnlyDictionary<PageDocument, string> bodies, OutputFiles files)
    {
        // Razor's HtmlRenderer is single-threaded and keeps every component it rendered until disposed,
        // so each worker has its own and replaces it every batch of pages.
        Parallel.ForEach(site.Documents.Chunk(64), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, batch =>
        {
            using var worker = new RendererScope();
            foreach (var document in batch)
            {
                files.Add(FileOf(document.Page.Url), worker.Page(_views.ForPage(document, bodies[document])));
            }
        });
        using var renderer = new RendererScope();
        if (catalog is not null)
        {
            var worksheets = new WorksheetPublisher(site, catalog, _views, options);
            worksheets.WritePages(files, renderer.Page, renderer.Render);
        }
        foreach (var language in site.Config.Languages)
        {
            WritePrintEdition(language.Code, bodies, files, renderer);
        }
        WriteRoot(files, renderer);
        WriteNotFound(files, renderer);
        files.Add("robots.txt", site.Config.Internal ? "User-agent: *\nDisallow: /\n" : "User-agent: *\nAllow: /\n");
        if (site.Config.BaseUrl is { Length: > 0 } baseUrl)
        {
            files.Add("sitemap.xml", Sitemap(baseUrl.TrimEnd('/') + "/"));
        }
    }

    private void WriteRoot(OutputFiles files, RendererScope renderer)
    {
        var choices = site.Config.Languages.Select(l => new LanguageChoice.Choice(
            l.Code, l.Label, site.Config.Title[l.Code], ThemeResources.Text(l.Code)["chooseLanguage"], _views.Href("index.html", $"{l.Code}/"))).ToList();
        var styles = assets.Styles.Select(s => RelativeUrl.From("index.html", s)).ToList();
        files.Add("index.html", renderer.Render<LanguageChoice>(new Dictionary<string, object?>
        {
            ["Choices"] = choices,
            ["Styles"] = styles,
            ["NoIndex"] = site.Config.Internal,
        }));
    }

    private void WriteNotFound(OutputFiles files, RendererScope renderer)
    {
        // Served from any missing address, so every link on it must work from the site root: relative to 404.html.
        var lang = site.Config.DefaultLanguage.Code;
        var text = ThemeResources.Text(lang);
        var body = $"<p>{Encode(text["notFoundBody"])}</p><p><a href=\"{_views.Href("404.html", $"{lang}/")}\">{Encode(text["home"])}</a></p>";
        files.Add("404.html", renderer.Page(_views.ForGenerated("404.html", lang, text["notFoundTitle"], body)));
    }

    private void WritePrintEdition(string lang, IReadOnlyDictionary<PageDocument, string> bodies, OutputFiles files, RendererScope renderer)
    {
        var url = $"{lang}/print/";
        var text = ThemeResources.Text(lang);
        var order = site.ReadingOrder(lang);
        var html = new StringBuilder();
        html.Append("<p>").Append(Encode(text["printIntro"])).Append("</p>");
        html.Append("<nav class=\"print-toc\"><h2 id=\"print-contents\">").Append(Encode(text["contents"])).Append("</h2><ol>");
        foreach (var document in order)
        {
            html.Append("<li><a href=\"#").Append(PrintId(document)).Append("\">").Append(Encode(document.Page.Meta.Title)).Append("</a></li>");
        }
        html.Append("</ol></nav>");
        foreach (var document in order)
        {
            var sectionStart = document.Page.IsIndex ? " print-section" : "";
            html.Append("<section class=\"print-page").Append(sectionStart).Append("\" id=\"").Append(PrintId(document)).Append("\">");
            html.Append("<h2>").Append(Encode(document.Page.Meta.Title)).Append("</h2>");
            html.Append(PrintBody(bodies[document], document.Page.Url, url));
            html.Append("</section>");
        }
        var languages = site.Config.Languages.Select(l => new LanguageLink(l.Code, l.Label, _views.Href(url, $"{l.Code}/print/"), l.Code == lang, true)).ToList();
        var view = _views.ForGenerated(url, lang, text["printEditionTitle"], html.ToString(), languages) with { BodyClass = "print-edition" };
        files.Add(FileOf(url), renderer.Page(view));
    }

    /// <summary>
    /// A page body moved into the print edition: its relative links were written for the page's own
    /// folder, so they are re-based onto the print page's folder; in-page anchors are kept unique by page.
    /// </summary>
    private static string PrintBody(string body, string fromUrl, string toUrl) =>
        // Any letter case: "Mailto:" and "HTTPS:" are absolute too, and must not be re-based as paths.
        System.Text.RegularExpressions.Regex.Replace(body, "(href|src)=\"(?![A-Za-z][A-Za-z0-9+.-]*:|#|/)([^\"]*)\"", m =>
        {
            var target = Combine(fromUrl, m.Groups[2].Value);
            return $"{m.Groups[1].Value}=\"{RelativeUrl.From(toUrl, target)}\"";
        });

    private static string Combine(string pageUrl, string relative)
    {
        var hash = relative.IndexOf('#');
        var (path, fragment) = hash < 0 ? (relative, "") : (relative[..hash], relative[hash..]);
        var parts = pageUrl.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..")
            {
                // Above the site root there is nothing: a browser stays at the root too.
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (segment is not ("." or ""))
            {
                parts.Add(segment);
            }
        }
        var joined = string.Join('/', parts);
        if (path.EndsWith('/') || path.Length == 0)
        {
            joined += "/";
        }
        return joined + fragment;
    }

    private static string PrintId(PageDocument document) =>
        "p-" + document.Page.RelativePath[..^3].Replace('/', '-');

    private string Sitemap(string baseUrl)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var document in site.Documents.OrderBy(d => d.Page.Url, StringComparer.Ordinal))
        {
            xml.Append("  <url><loc>").Append(System.Security.SecurityElement.Escape(baseUrl + document.Page.Url)).Append("</loc>");
            if (history.LastUpdated(document.Page) is { } date)
            {
                xml.Append("<lastmod>").Append(date).Append("</lastmod>");
            }
            xml.Append("</url>\n");
        }
        return xml.Append("</urlset>\n").ToString();
    }

    internal static string FileOf(string url) => url.EndsWith('/') ? url + "index.html" : url;

    private static readonly System.Text.Encodings.Web.HtmlEncoder Encoder =
        System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    private static string Encode(string text) => Encoder.Encode(text);

    /// <summary>One Razor renderer for the whole write, disposed at the end.</summary>
    private sealed class RendererScope : IDisposable
    {
        private readonly RazorPageRenderer _renderer = new();

        public string Page(PageView view) => Render<PageLayout>(new Dictionary<string, object?> { ["Page"] = view });

        public string Render<T>(Dictionary<string, object?> parameters) where T : Microsoft.AspNetCore.Components.IComponent =>
            _renderer.Render<T>(parameters);

        public string Render(Type component, Dictionary<string, object?> parameters) => _renderer.Render(component, parameters);

        public void Dispose() => _renderer.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
