using Guide.Content;
using Guide.Markdown;
using Guide.Theme.Model;
using Microsoft.AspNetCore.Components;

namespace Guide.Rendering;

/// <summary>
/// Turns a page of the model into what the layout shows: navigation, language links, table of
/// contents, breadcrumbs and pager, every link relative to that page.
/// </summary>
public sealed class ViewBuilder(Site site, SiteAssets assets, PageHistory history, bool portable, string inputDir)
{
    private readonly SituationLinks _situations = new(site, inputDir, portable);

    /// <summary>The situations of a language's home page as links from <paramref name="fromUrl"/>; none when it has no home page.</summary>
    public IReadOnlyList<SituationLink> Situations(string lang, string fromUrl) =>
        site.Home(lang) is { } home ? _situations.For(home, fromUrl) : [];

    public PageView ForPage(PageDocument document, string bodyHtml)
    {
        var page = document.Page;
        var lang = page.Lang;
        var order = site.ReadingOrder(lang);
        var index = site.ReadingPosition(document);
        return Base(page.Url, lang, page.Meta.Title) with
        {
            Summary = page.Meta.Summary,
            Body = new MarkupString(bodyHtml),
            RootPages = [.. site.RootPages(lang).Select(d => Link(page.Url, d, d == document))],
            Nav = Nav(page.Url, lang, document, null),
            Languages = Languages(document),
            Situations = page.IsHome ? _situations.For(document, page.Url) : [],
            Toc = [.. document.Headings.Where(h => h.Level is 2 or 3).Select(h => new TocEntry(h.Level, h.Text, h.Id))],
            Breadcrumbs = Breadcrumbs(document),
            Previous = index > 0 ? Link(page.Url, order[index - 1]) : null,
            Next = index >= 0 && index < order.Count - 1 ? Link(page.Url, order[index + 1]) : null,
            EditUrl = history.EditUrl(page),
            LastUpdated = history.LastUpdated(page),
            Paths = Paths(page.Url, lang, document),
            BodyClass = page.IsHome ? "home" : "",
            NoIndex = site.Config.Internal || page.IsFallback,
            Fallback = page.Original is { } original ? Fallback(page, original) : null,
        };
    }

    /// <summary>The notice on a page shown in place of its translation, in the reader's language, naming the original's.</summary>
    private FallbackNotice Fallback(Page page, Page original)
    {
        var text = site.Words[page.Lang];
        var label = site.Config.Languages.FirstOrDefault(l => l.Code == original.Lang)?.Label ?? original.Lang;
        return new FallbackNotice(text.Format("fallbackNotice", label), text.Format("fallbackOriginal", label), Href(page.Url, original.Url), original.Lang);
    }

    /// <summary>A page that is not a Markdown page (404, print edition, worksheet pages): the chrome without a source file.</summary>
    public PageView ForGenerated(string url, string lang, string title, string bodyHtml, IReadOnlyList<LanguageLink>? languages = null) =>
        Base(url, lang, title) with
        {
            Body = new MarkupString(bodyHtml),
            RootPages = [.. site.RootPages(lang).Select(d => Link(url, d))],
            Nav = Nav(url, lang, null, null),
            Languages = languages ?? [.. site.Config.Languages.Select(l => new LanguageLink(l.Code, l.Label, Href(url, $"{l.Code}/"), l.Code == lang, false))],
            Paths = Paths(url, lang, null),
        };

    /// <summary>A worksheet page or the worksheets index: generated chrome with the worksheets section open in the sidebar.</summary>
    public PageView ForWorksheets(string url, string lang, string title, string bodyHtml, IReadOnlyList<LanguageLink> languages, string? indexUrl) =>
        ForCollection(url, lang, title, bodyHtml, languages, indexUrl, "worksheets");

    /// <summary>A rehearsal or the rehearsals index: generated chrome with the rehearsals section open in the sidebar.</summary>
    public PageView ForRehearsals(string url, string lang, string title, string bodyHtml, IReadOnlyList<LanguageLink> languages, string? indexUrl) =>
        ForCollection(url, lang, title, bodyHtml, languages, indexUrl, "rehearsals");

    /// <summary>The phrase bank or the card: generated chrome, the page itself marked in the sidebar.</summary>
    public PageView ForPreparation(string url, string lang, string title, string bodyHtml, IReadOnlyList<LanguageLink> languages, string nameKey) =>
        ForCollection(url, lang, title, bodyHtml, languages, null, nameKey);

    /// <param name="indexUrl">The collection's index page, or null on the index page itself.</param>
    /// <param name="nameKey">The UI word that names the collection.</param>
    private PageView ForCollection(string url, string lang, string title, string bodyHtml, IReadOnlyList<LanguageLink> languages, string? indexUrl, string nameKey)
    {
        var text = site.Words[lang];
        var crumbs = new List<NavLink> { new(text["home"], Href(url, $"{lang}/")) };
        if (indexUrl is not null)
        {
            crumbs.Add(new NavLink(text[nameKey], Href(url, indexUrl)));
        }
        crumbs.Add(new NavLink(title, Href(url, url), true));
        return ForGenerated(url, lang, title, bodyHtml, languages) with
        {
            Nav = Nav(url, lang, null, url),
            Breadcrumbs = crumbs,
        };
    }

    /// <summary>The sidebar: the sections, the worksheets and the rehearsals, the phrase bank and the card, with the section of the current page open.</summary>
    private List<NavSection> Nav(string fromUrl, string lang, PageDocument? current, string? currentUrl) =>
    [
        .. site.Sections(lang).Select(s => Section(fromUrl, s, current)),
        .. CollectionNav(fromUrl, lang, currentUrl, $"{lang}/worksheets/", "worksheets",
            site.Worksheets.Select(w => ($"{w.Id} {w.Title[lang]}", w.Url(lang)))),
        .. CollectionNav(fromUrl, lang, currentUrl, RehearsalLink.IndexUrl(lang), "rehearsals",
            site.Rehearsals.Select(r => (r.Title[lang], r.Url(lang)))),
        PageNav(fromUrl, lang, currentUrl, PreparationPages.PhrasesUrl(lang), "phrases"),
        PageNav(fromUrl, lang, currentUrl, PreparationPages.CardUrl(lang), "card"),
    ];

    /// <summary>A generated page of its own (the phrase bank, the card) as a sidebar entry.</summary>
    private NavSection PageNav(string fromUrl, string lang, string? currentUrl, string url, string nameKey) =>
        new(new NavLink(site.Words[lang][nameKey], Href(fromUrl, url), currentUrl == url), [], currentUrl == url);

    /// <summary>A generated collection as a sidebar section; its pages show only while the reader is in it.</summary>
    private IEnumerable<NavSection> CollectionNav(string fromUrl, string lang, string? currentUrl, string indexUrl, string nameKey, IEnumerable<(string Title, string Url)> members)
    {
        var all = members.ToList();
        if (all.Count == 0)
        {
            yield break;
        }
        var inside = currentUrl is not null && currentUrl.StartsWith(indexUrl, StringComparison.Ordinal);
        var pages = inside ? all.Select(m => new NavLink(m.Title, Href(fromUrl, m.Url), m.Url == currentUrl)).ToList() : [];
        yield return new NavSection(new NavLink(site.Words[lang][nameKey], Href(fromUrl, indexUrl), currentUrl == indexUrl), pages, inside);
    }

    /// <summary>
    /// The same generated page in every language of the site: its own address where that language has the
    /// collection, else that language's home page.
    /// </summary>
    public List<LanguageLink> PairedLanguages(string lang, Func<string, string> pathIn, Func<string, bool> translated) =>
        [.. site.Config.Languages.Select(l =>
        {
            var has = translated(l.Code);
            var target = has ? $"{l.Code}/{pathIn(l.Code)}" : $"{l.Code}/";
            return new LanguageLink(l.Code, l.Label, Href(lang + "/" + pathIn(lang), target), l.Code == lang, has);
        })];

    public string Href(string fromUrl, string targetUrl) => RelativeUrl.From(fromUrl, targetUrl, portable);

    private PageView Base(string url, string lang, string title)
    {
        var config = site.Config;
        var root = RelativeUrl.ToRoot(url);
        var other = config.Languages.FirstOrDefault(l => l.Code != lang);
        return new PageView
        {
            Lang = lang,
            Title = title,
            Root = root,
            Body = default,
            Text = site.Words[lang],
            Brand = new Branding(
                config.Title[lang],
                config.Organisation.IsEmpty ? null : config.Organisation[lang],
                assets.Logo is null ? null : RelativeUrl.From(url, assets.Logo),
                config.Footer.IsEmpty ? null : config.Footer[lang]),
            Assets = new AssetLinks(
                [.. assets.Styles.Select(s => RelativeUrl.From(url, s))],
                [.. assets.HeadScripts.Select(s => RelativeUrl.From(url, s))],
                [.. assets.Scripts.Select(s => RelativeUrl.From(url, s))]),
            HomeHref = Href(url, $"{lang}/"),
            PrintHref = Href(url, $"{lang}/print/"),
            NoIndex = config.Internal,
            IconHref = assets.Icon is { } icon ? RelativeUrl.From(url, icon) : null,
            SearchIndexHref = assets.SearchIndex(lang) is { } idx ? RelativeUrl.From(url, idx) : null,
            OtherLang = other?.Code,
            OtherSearchLabel = other is null ? null : site.Words[lang].For("searchOther", other.Code, other.Label),
            OtherSearchIndexHref = other is not null && assets.SearchIndex(other.Code) is { } oidx ? RelativeUrl.From(url, oidx) : null,
        };
    }

    private NavLink Link(string fromUrl, PageDocument target, bool current = false) =>
        new(target.Page.Meta.Title, Href(fromUrl, target.Page.Url), current);

    /// <summary>
    /// A section of the sidebar. Only the current section lists its pages: the others show their own
    /// page, which lists its pages in turn. This keeps every page small however large the guide grows.
    /// </summary>
    private NavSection Section(string fromUrl, Section section, PageDocument? current)
    {
        var link = section.Index is not null
            ? Link(fromUrl, section.Index, section.Index == current)
            : new NavLink(section.Title, Href(fromUrl, $"{current?.Page.Lang}/{section.Name}/"));
        var contains = current is not null && current.Page.Section == section.Name;
        var pages = contains ? section.Pages.Select(p => Link(fromUrl, p, p == current)).ToList() : [];
        return new NavSection(link, pages, contains);
    }

    private List<LanguageLink> Languages(PageDocument document) =>
        [.. site.Config.Languages.Select(l =>
        {
            var page = document.Page;
            var translation = site.Translation(page, l.Code);
            var target = translation?.Page.Url ?? $"{l.Code}/";
            var translated = translation is { Page.IsFallback: false };
            return new LanguageLink(l.Code, l.Label, Href(page.Url, target), l.Code == page.Lang, translated,
                !translated || l.Code == page.Lang ? null : Anchors(document, translation!));
        })];

    /// <summary>
    /// This page's heading ids paired with the translation's, when both have the same h2/h3 headings in
    /// the same order: then the n-th heading of one is the n-th of the other, and the language switch
    /// can keep the reader's place. Null when the structure differs.
    /// </summary>
    private static string? Anchors(PageDocument page, PageDocument translation)
    {
        var own = page.Headings.Where(h => h.Level is 2 or 3 && h.Id.Length > 0).ToList();
        var other = translation.Headings.Where(h => h.Level is 2 or 3 && h.Id.Length > 0).ToList();
        if (own.Count == 0 || !own.Select(h => h.Level).SequenceEqual(other.Select(h => h.Level)))
        {
            return null;
        }
        return string.Join(' ', own.Zip(other, (a, b) => $"{a.Id}={b.Id}"));
    }

    private List<NavLink> Breadcrumbs(PageDocument document)
    {
        var page = document.Page;
        var crumbs = new List<NavLink>();
        if (site.Home(page.Lang) is { } home && !page.IsHome)
        {
            crumbs.Add(new NavLink(site.Words[page.Lang]["home"], Href(page.Url, home.Page.Url)));
        }
        var section = site.Sections(page.Lang).FirstOrDefault(s => s.Name == page.Section);
        if (section?.Index is { } sectionIndex && sectionIndex != document)
        {
            crumbs.Add(Link(page.Url, sectionIndex));
        }
        crumbs.Add(new NavLink(page.Meta.Title, Href(page.Url, page.Url), true));
        return crumbs;
    }

    private ReaderPaths? Paths(string fromUrl, string lang, PageDocument? current)
    {
        var text = site.Words[lang];
        var employee = site.Find(lang, "before/index.md");
        var manager = site.Find(lang, "managers/index.md");
        if (employee is null || manager is null)
        {
            return null;
        }
        return new ReaderPaths(
            new NavLink(text["pathEmployee"], Href(fromUrl, employee.Page.Url), current?.Page.Meta.Audience == Audience.Employee),
            new NavLink(text["pathManager"], Href(fromUrl, manager.Page.Url), current?.Page.Meta.Audience == Audience.Manager));
    }
}
