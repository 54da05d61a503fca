using System.Text;
using Guide.Content;
using Guide.Markdown;
using Guide.Rendering;
using Guide.Theme.Model;

namespace Guide.Building;

/// <summary>Which pages a print edition holds: the whole guide, or one reader's path.</summary>
public sealed record PrintAudience(string Slug, string TitleKey, string LabelKey, string IntroKey, Func<Audience, bool> Includes)
{
    public static readonly IReadOnlyList<PrintAudience> All =
    [
        new("", "printEditionTitle", "printWhole", "printIntro", _ => true),
        new("employee/", "printEmployeeTitle", "printEmployee", "printIntroEmployee", a => a is Audience.Employee or Audience.All),
        new("manager/", "printManagerTitle", "printManager", "printIntroManager", a => a is Audience.Manager or Audience.All),
    ];

    public string Url(string lang) => $"{lang}/print/{Slug}";
}

/// <summary>
/// A language's guide as one page to print, laid out as a book: contents, each section a part that starts a
/// new sheet, each page a chapter whose own headings sit one level below its title. Bodies come from the
/// pages' own rendering; their ids get the chapter's prefix so every id is unique, links to a page (or
/// heading) of the edition become links inside it, and other links are re-based on the edition's folder.
/// The edition is written a chapter at a time as the pages are rendered (<see cref="PrintEditionFile"/>):
/// <see cref="Opening"/>, then <see cref="Chapter"/> for each of <see cref="Pages"/> in order.
/// </summary>
public sealed class PrintEdition
{
    private readonly Site _site;
    private readonly ViewBuilder _views;
    private readonly Dictionary<string, string> _chapters;
    private readonly HashSet<PageDocument> _holds;
    private readonly string _editionKey;

    public PrintEdition(Site site, ViewBuilder views, string lang, PrintAudience audience)
    {
        (_site, _views, Lang, Audience) = (site, views, lang, audience);
        Url = audience.Url(lang);
        Pages = [.. site.ReadingOrder(lang).Where(d => audience.Includes(d.Page.Meta.Audience))];
        _holds = [.. Pages];
        _chapters = Pages.ToDictionary(d => d.Page.Url, ChapterId, StringComparer.Ordinal);
        // A chapter reads its page's body, the edition's address and which pages are chapters of it.
        _editionKey = BuildMemo.Key([Url, views.Href(Url, Url), .. _chapters.Select(c => c.Key + "=" + c.Value)]);
    }

    public string Lang { get; }

    public PrintAudience Audience { get; }

    public string Url { get; }

    /// <summary>The edition's pages, in reading order.</summary>
    public IReadOnlyList<PageDocument> Pages { get; }

    public bool Holds(PageDocument document) => _holds.Contains(document);

    /// <summary>The body HTML before the chapters: the other editions, the introduction and the contents.</summary>
    public string Opening()
    {
        var text = _site.Words[Lang];
        var html = new StringBuilder();
        html.Append("<nav class=\"print-editions\" aria-label=\"").Append(Encode(text["printEditions"])).Append("\">");
        foreach (var other in PrintAudience.All)
        {
            var current = other == Audience ? " aria-current=\"page\"" : "";
            html.Append("<a href=\"").Append(Encode(_views.Href(Url, other.Url(Lang)))).Append('"').Append(current).Append('>')
                .Append(Encode(text[other.LabelKey])).Append("</a>");
        }
        html.Append("</nav>");
        html.Append("<p>").Append(Encode(text[Audience.IntroKey])).Append("</p>");
        AppendContents(html, text, Pages);
        return html.ToString();
    }

    /// <summary>What a chapter's content reads besides its page's body: the edition's address and which pages are chapters of it.</summary>
    public string Key => _editionKey;

    /// <summary>
    /// What comes before a page's content in its chapter (<see cref="PrintChapters"/>), the same in every edition;
    /// <see cref="ChapterEnd"/> closes it. The three parts are written one after the other: a chapter as one string
    /// would copy every page's content once per edition.
    /// </summary>
    public static string ChapterStart(PageDocument document)
    {
        var html = new StringBuilder();
        var part = document.Page.IsIndex && !document.Page.IsHome;
        html.Append("<section class=\"print-chapter").Append(part ? " print-part" : "").Append("\" id=\"").Append(ChapterId(document)).Append('"');
        if (document.Page.IsFallback)
        {
            // Shown in place of a missing translation: its words are in the original's language.
            html.Append(" lang=\"").Append(Encode(document.Page.ContentLang)).Append('"');
        }
        html.Append('>');
        html.Append("<h2 class=\"").Append(part ? "print-part-title" : "print-chapter-title").Append("\">").Append(Encode(document.Page.Meta.Title)).Append("</h2>");
        return html.ToString();
    }

    public const string ChapterEnd = "</section>";

    /// <summary>The contents: root pages, then each part with its chapters under it.</summary>
    private static void AppendContents(StringBuilder html, UiText text, IReadOnlyList<PageDocument> pages)
    {
        html.Append("<nav class=\"print-toc\" aria-labelledby=\"print-contents\"><h2 id=\"print-contents\">").Append(Encode(text["contents"])).Append("</h2><ol>");
        var inPart = false;
        foreach (var document in pages)
        {
            var page = document.Page;
            if (inPart && (page.Section == "" || page.IsIndex))
            {
                html.Append("</ol></li>");
                inPart = false;
            }
            var link = $"<a href=\"#{ChapterId(document)}\">{Encode(page.Meta.Title)}</a>";
            if (page.IsIndex && !page.IsHome)
            {
                html.Append("<li class=\"print-toc-part\">").Append(link).Append("<ol>");
                inPart = true;
            }
            else
            {
                html.Append("<li>").Append(link).Append("</li>");
            }
        }
        html.Append(inPart ? "</ol></li></ol></nav>" : "</ol></nav>");
    }

    /// <summary>An image of a page's body, as seen from the edition's folder.</summary>
    public string Rebase(string src, string pageUrl) => IsRelative(src) ? RelativeUrl.From(Url, RelativeUrl.Below(pageUrl, src)) : src;

    /// <summary>A link of a page's body, as seen from the edition: inside it when its target is in it.</summary>
    public string Retarget(string href, string pageUrl, string prefix)
    {
        if (href.StartsWith('#'))
        {
            return href.Length > 1 ? "#" + prefix + href[1..] : href;
        }
        if (!IsRelative(href))
        {
            return href;
        }
        var target = RelativeUrl.Below(pageUrl, href);
        var hash = target.IndexOf('#');
        var (path, fragment) = hash < 0 ? (target, "") : (target[..hash], target[(hash + 1)..]);
        // Portable builds name index.html; the edition knows pages by their folder.
        var folder = path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path;
        if (_chapters.TryGetValue(folder, out var chapter))
        {
            return "#" + (fragment.Length > 0 ? $"{chapter}--{fragment}" : chapter);
        }
        return _views.Href(Url, target);
    }

    private static bool IsRelative(string href) =>
        href.Length > 0 && href[0] is not ('#' or '/') && !System.Text.RegularExpressions.Regex.IsMatch(href, "^[a-zA-Z][a-zA-Z0-9+.-]*:");

    /// <summary>The id of a page's chapter: <c>p-before-checklist</c>, <c>p-index</c> for the home page.</summary>
    public static string ChapterId(PageDocument document) =>
        "p-" + document.Page.RelativePath[..^3].Replace('/', '-');

    private static readonly System.Text.Encodings.Web.HtmlEncoder Encoder =
        System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    private static string Encode(string text) => Encoder.Encode(text);
}
