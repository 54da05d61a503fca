using Guide.Rehearsals;

namespace Guide.Content;

/// <summary>The site's pages and headings as rehearsal links look them up, so the rehearsal library needs no site of its own.</summary>
public sealed class SitePages(Site site) : IGuidePages
{
    public IReadOnlyCollection<string> Languages { get; } = [.. site.Config.Languages.Select(l => l.Code)];

    public GuidePage? Find(string lang, string path) =>
        site.Find(lang, path) is { } document
            ? new GuidePage(document.Page.Meta.Title, document.Page.Url, [.. document.Headings.Select(h => new GuideHeading(h.Id, h.Text))])
            : null;

    public IEnumerable<string> Paths(string lang) =>
        site.Documents.Where(d => d.Page.Lang == lang).Select(d => d.Page.RelativePath);
}
