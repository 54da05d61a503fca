namespace Guide.Rehearsals;

/// <summary>
/// Every <c>read:</c> link of the rehearsals, resolved against the guide's pages: checked once after the
/// pages are loaded, then looked up by the pages that show them.
/// </summary>
public sealed class GuideLinks
{
    private readonly Dictionary<(string Lang, string Target), GuideSection> _sections;

    private GuideLinks(Dictionary<(string Lang, string Target), GuideSection> sections) => _sections = sections;

    /// <summary>Where <paramref name="link"/> leads in <paramref name="lang"/>, or null when it did not resolve.</summary>
    public GuideSection? For(string lang, GuideRef link) => _sections.GetValueOrDefault((lang, link.Target.Get(lang)));

    /// <summary>
    /// Resolves every link in every language the guide has, reporting a missing page (GUIDE063) or heading
    /// (GUIDE064) at the link, with the closest existing one.
    /// </summary>
    public static GuideLinks Resolve(RehearsalCatalog catalog, IGuidePages pages, DiagnosticBag diagnostics)
    {
        var sections = new Dictionary<(string Lang, string Target), GuideSection>();
        var languages = pages.Languages.ToList();
        foreach (var link in catalog.Links)
        {
            foreach (var lang in languages)
            {
                var target = link.Target.Get(lang);
                if (sections.ContainsKey((lang, target)))
                {
                    continue;
                }

                var (section, code, problem) = Check(pages, lang, target);
                if (section is not null)
                {
                    sections[(lang, target)] = section;
                }
                else
                {
                    var at = link.At[lang];
                    diagnostics.Add(Diagnostic.Error(link.SourcePath, at.Line, at.Column, code, problem));
                }
            }
        }

        return new GuideLinks(sections);
    }

    /// <summary>The section a link leads to, or the code and message of what is wrong with it.</summary>
    private static (GuideSection? Section, string Code, string Problem) Check(IGuidePages pages, string lang, string target)
    {
        var hash = target.IndexOf('#');
        var (path, anchor) = hash < 0 ? (target, "") : (target[..hash], target[(hash + 1)..]);
        if (!path.EndsWith(".md", StringComparison.Ordinal) || path.StartsWith('/') || path.Split('/').Contains(".."))
        {
            return (null, DiagnosticCodes.MissingPage,
                $"'{target}' is not a page of the guide; write the page's path below input/{lang}/ and the heading's anchor, e.g. during/responding.md#…");
        }

        if (pages.Find(lang, path) is not { } page)
        {
            return (null, DiagnosticCodes.MissingPage,
                $"the {lang} guide has no page '{path}'{Suggest.Hint(path, pages.Paths(lang))}; the path is below input/{lang}/");
        }

        if (anchor.Length == 0)
        {
            return (new GuideSection(page.Url, page.Title, null), "", "");
        }

        if (page.Headings.FirstOrDefault(h => h.Id == anchor) is not { } heading)
        {
            var closest = Suggest.Closest(anchor, page.Headings.Select(h => h.Id));
            var hint = closest is null ? "" : $"; did you mean '#{closest}'?";
            return (null, DiagnosticCodes.MissingHeading, $"'{path}' ({lang}) has no heading with the anchor '{anchor}'{hint}");
        }

        return (new GuideSection($"{page.Url}#{anchor}", page.Title, heading.Text), "", "");
    }
}
