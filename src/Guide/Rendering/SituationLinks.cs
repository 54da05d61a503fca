using Guide.Content;
using Guide.Markdown;
using Guide.Theme.Model;

namespace Guide.Rendering;

/// <summary>
/// The situations of a language's home page (its front matter's <c>situations:</c>): checked while
/// the page renders, like the links of its body, and turned into links for the home page and the root page.
/// </summary>
public sealed class SituationLinks(Site site, string inputDir, bool portable)
{
    private readonly LinkResolver _links = new(LinkTargets.Of(site, inputDir, portable));

    /// <summary>Reports situations on a page other than a home page, and every situation link that leads nowhere.</summary>
    public static void Check(PageDocument document, LinkResolver links, DiagnosticBag diagnostics)
    {
        var page = document.Page;
        foreach (var situation in page.Meta.Situations)
        {
            if (!page.IsHome)
            {
                diagnostics.Add(Diagnostic.Error(page.SourcePath, situation.Line, situation.Column, DiagnosticCodes.InvalidSituation,
                    $"situations are shown only on a language's home page; move them to input/{page.Lang}/index.md or remove them"));
                return;
            }
            links.Resolve(document, situation.Link, image: false, (situation.Line, situation.Column), diagnostics);
        }
    }

    /// <summary>The home page's situations as links relative to <paramref name="fromUrl"/> (the home page or the root).</summary>
    public IReadOnlyList<SituationLink> For(PageDocument home, string fromUrl)
    {
        // The build stopped before layout if a link was broken, so nothing is left to report here.
        return [.. home.Page.Meta.Situations.Select(s =>
        {
            var fromHome = _links.Rewrite(home, s.Link);
            var href = Uri.TryCreate(fromHome, UriKind.Absolute, out _)
                ? fromHome
                : RelativeUrl.From(fromUrl, RelativeUrl.Below(home.Page.Url, fromHome), portable);
            return new SituationLink(s.Title, s.Text, href);
        })];
    }
}
