using System.Text.Json;
using Guide.Content;
using Guide.Markdown;
using Guide.Rendering;

namespace Guide.Building;

/// <summary>
/// The render phase: every page's links, situations, callouts and headings checked, and its body
/// rendered to HTML. A body reads its page (front matter and tree) and the site's link targets, and is
/// taken from the memo while neither changed, with the problems found when it was made.
/// </summary>
public static class BodyPhase
{
    public static Dictionary<PageDocument, string> Render(Site site, string input, bool portable, BuildMemo memo, DiagnosticBag diagnostics)
    {
        var targets = LinkTargets.Of(site, input, portable);
        var links = new LinkResolver(targets);
        string Body(PageDocument document) => memo.Get("body", $"{document.Page.Lang}/{document.Page.RelativePath}",
            BuildMemo.Key(PageKey(document.Page), targets.Fingerprint), diagnostics,
            found => FileProcessingException.About(document.Page.SourcePath, () =>
            {
                // A page shown in place of a missing translation has its problems reported on its original.
                if (!document.Page.IsFallback)
                {
                    LinkCheck.Check(document, links, found);
                    SituationLinks.Check(document, links, found);
                    Callouts.Check(document, found);
                    HeadingRules.Check(document, found);
                }
                // Callout labels are in the language the body is written in, like the words around them.
                return BodyRenderer.Render(document, links, site.Words[document.Page.ContentLang]);
            }));
        return site.Documents.AsParallel().Select(d => (Document: d, Html: Body(d))).ToDictionary(x => x.Document, x => x.Html);
    }

    /// <summary>Everything of a page: its place, its front matter and its body, as a key for the memo.</summary>
    public static string PageKey(Page page) => BuildMemo.Key(JsonSerializer.Serialize(page));
}
