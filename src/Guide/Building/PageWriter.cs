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
public sealed class PageWriter(Site site, SiteAssets assets, PageHistory history, WorksheetCatalog? catalog, BuildOptions options, LoadedRehearsals rehearsals,
    Preparation.CardAndPhrases preparation, BuildMemo memo)
{
    private readonly ViewBuilder _views = new(site, assets, history, options.Portable, Path.GetFullPath(options.InputDir));

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
        if (rehearsals.Catalog.All.Count > 0)
        {
            new RehearsalPublisher(site, rehearsals, _views).WritePages(files, renderer.Page, renderer.Render);
        }
        new PreparationPublisher(site, preparation, _views).WritePages(files, renderer.Page, renderer.Render);
        foreach (var language in site.Config.Languages)
        {
            WritePrintEditions(language.Code, bodies, files, renderer);
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
        const string root = "index.html";
        var choices = site.Config.Languages.Select(l =>
        {
            var text = site.Words[l.Code];
            return new LanguageChoice.Choice(l.Code, l.Label, site.Config.Title[l.Code], text["situations"],
                _views.Href(root, $"{l.Code}/"), text["rootHome"], text["language"], _views.Situations(l.Code, root));
        }).ToList();
        string From(string path) => RelativeUrl.From(root, path);
        files.Add(root, renderer.Render<LanguageChoice>(new Dictionary<string, object?>
        {
            ["Choices"] = choices,
            ["Links"] = new AssetLinks([.. assets.Styles.Select(From)], [.. assets.HeadScripts.Select(From)], [.. new[] { assets.SiteScript }.OfType<string>().Select(From)]),
            ["Icon"] = assets.Icon is { } icon ? From(icon) : null,
            ["NoIndex"] = site.Config.Internal,
        }));
    }

    private void WriteNotFound(OutputFiles files, RendererScope renderer)
    {
        // Served from any missing address, so every link on it must work from the site root: relative to 404.html.
        var lang = site.Config.DefaultLanguage.Code;
        var text = site.Words[lang];
        var body = $"<p>{Encode(text["notFoundBody"])}</p><p><a href=\"{_views.Href("404.html", $"{lang}/")}\">{Encode(text["home"])}</a></p>";
        files.Add("404.html", renderer.Page(_views.ForGenerated("404.html", lang, text["notFoundTitle"], body)));
    }

    private void WritePrintEditions(string lang, IReadOnlyDictionary<PageDocument, string> bodies, OutputFiles files, RendererScope renderer)
    {
        var text = site.Words[lang];
        var editions = new PrintEdition(site, _views, memo);
        foreach (var audience in PrintAudience.All)
        {
            var url = audience.Url(lang);
            var languages = site.Config.Languages.Select(l => new LanguageLink(l.Code, l.Label, _views.Href(url, audience.Url(l.Code)), l.Code == lang, true)).ToList();
            var view = _views.ForGenerated(url, lang, text[audience.TitleKey], editions.Body(lang, audience, bodies), languages) with { BodyClass = "print-edition" };
            files.Add(FileOf(url), renderer.Page(view));
        }
    }

    private string Sitemap(string baseUrl)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        // A page shown in place of a missing translation is not one of its own for search engines.
        foreach (var document in site.Documents.Where(d => !d.Page.IsFallback).OrderBy(d => d.Page.Url, StringComparer.Ordinal))
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
