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
/// Adds the site's own pages and files: the worksheet, rehearsal and preparation pages, the language
/// choice at the root, 404.html, robots.txt and sitemap.xml.
/// </summary>
public sealed class PageWriter(Site site, SiteAssets assets, PageHistory history, WorksheetCatalog? catalog, BuildOptions options, LoadedRehearsals rehearsals,
    Preparation.CardAndPhrases preparation)
{
    /// <summary>What every page's chrome is made from, shared with the <see cref="PageStream"/>.</summary>
    public ViewBuilder Views { get; } = new(site, assets, history, options.Portable, Path.GetFullPath(options.InputDir));

    /// <summary>The site's generated pages; the Markdown pages and the print editions come from the <see cref="PageStream"/>.</summary>
    public void WriteAll(IOutputSink files)
    {
        // Each kind of page reads the model and writes its own files, so each is laid out on a core of its
        // own, with a renderer of its own (Razor's is single-threaded): a save in serve waits for the slowest.
        Parallel.Invoke(
            () => WithRenderer(renderer =>
            {
                if (catalog is not null)
                {
                    new WorksheetPublisher(site, catalog, Views, options).WritePages(files, renderer);
                }
            }),
            () => WithRenderer(renderer =>
            {
                if (rehearsals.Catalog.All.Count > 0)
                {
                    new RehearsalPublisher(site, rehearsals, Views).WritePages(files, renderer);
                }
            }),
            () => WithRenderer(renderer =>
            {
                new PreparationPublisher(site, preparation, Views).WritePages(files, renderer);
                WriteRoot(files, renderer);
                WriteNotFound(files, renderer);
            }));
        files.Add("robots.txt", site.Config.Internal ? "User-agent: *\nDisallow: /\n" : "User-agent: *\nAllow: /\n");
        if (site.Config.BaseUrl is { Length: > 0 } baseUrl)
        {
            files.Add("sitemap.xml", Sitemap(baseUrl.TrimEnd('/') + "/"));
        }
    }

    private static void WithRenderer(Action<RendererScope> write)
    {
        using var renderer = new RendererScope();
        write(renderer);
    }

    private void WriteRoot(IOutputSink files, RendererScope renderer)
    {
        const string root = "index.html";
        var choices = site.Config.Languages.Select(l =>
        {
            var text = site.Words[l.Code];
            return new LanguageChoice.Choice(l.Code, l.Label, site.Config.Title[l.Code], text["situations"],
                Views.Href(root, $"{l.Code}/"), text["rootHome"], text["language"], Views.Situations(l.Code, root));
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

    private void WriteNotFound(IOutputSink files, RendererScope renderer)
    {
        // Served from any missing address, so every link on it must work from the site root: relative to 404.html.
        var lang = site.Config.DefaultLanguage.Code;
        var text = site.Words[lang];
        var body = $"<p>{Encode(text["notFoundBody"])}</p><p><a href=\"{Views.Href("404.html", $"{lang}/")}\">{Encode(text["home"])}</a></p>";
        files.Add("404.html", renderer.Page(Views.ForGenerated("404.html", lang, text["notFoundTitle"], body)));
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
}
