using System.Text.Json;
using Guide.Content;
using Guide.Markdown;
using Guide.Rendering;

namespace Guide.Building;

/// <summary>
/// The render phase: a page's links, situations, callouts and headings checked, and its body rendered to
/// HTML. A body reads its page (front matter and tree) and the site's link targets, and is taken from the
/// memo while neither changed, with the problems found when it was made. <c>guide build</c> renders each
/// body as its page is laid out (<see cref="PageStream"/>); <c>guide check</c> renders them all at once.
/// </summary>
public sealed class BodyPhase
{
    private readonly Site _site;
    private readonly BuildMemo _memo;
    private readonly DiagnosticBag _diagnostics;
    private readonly LinkTargets _targets;
    private readonly LinkResolver _links;

    public BodyPhase(Site site, string input, bool portable, BuildMemo memo, DiagnosticBag diagnostics)
    {
        (_site, _memo, _diagnostics) = (site, memo, diagnostics);
        _targets = LinkTargets.Of(site, input, portable);
        _links = new LinkResolver(_targets);
    }

    public string Body(PageDocument document) => Body(document, document.WithSyntax);

    /// <summary>
    /// A page's body and its chapters in the print <paramref name="editions"/> that hold it, rendered from one parse
    /// of its Markdown (none when the memo has both).
    /// </summary>
    public (string Body, List<(PrintEdition Edition, string Content)> Chapters) WithChapters(PageDocument document, IReadOnlyList<PrintEdition> editions)
    {
        PageDocument? parsed = null;
        PageDocument Parsed() => parsed ??= document.WithSyntax();
        var body = Body(document, Parsed);
        var chapters = PrintChapters.Of(editions, document, body, _memo,
            form => BodyRenderer.Render(Parsed(), _links, _site.Words[document.Page.ContentLang], form));
        return (body, chapters);
    }

    private string Body(PageDocument document, Func<PageDocument> withSyntax) => _memo.Get("body", $"{document.Page.Lang}/{document.Page.RelativePath}",
        () => BuildMemo.Key(PageKey(document.Page), _targets.Fingerprint), _diagnostics,
        found => FileProcessingException.About(document.Page.SourcePath, () =>
        {
            var parsed = withSyntax();
            // A page shown in place of a missing translation has its problems reported on its original.
            if (!document.Page.IsFallback)
            {
                LinkCheck.Check(parsed, _links, found);
                SituationLinks.Check(parsed, _links, found);
                Callouts.Check(parsed, found);
                HeadingRules.Check(parsed, found);
            }
            // Callout labels are in the language the body is written in, like the words around them.
            return BodyRenderer.Render(parsed, _links, _site.Words[document.Page.ContentLang]);
        }));

    /// <summary>Every page's body, checked and rendered on every core.</summary>
    public static Dictionary<PageDocument, string> Render(Site site, string input, bool portable, BuildMemo memo, DiagnosticBag diagnostics)
    {
        var phase = new BodyPhase(site, input, portable, memo, diagnostics);
        return site.Documents.AsParallel().Select(d => (Document: d, Html: phase.Body(d))).ToDictionary(x => x.Document, x => x.Html);
    }

    /// <summary>Everything of a page: its place, its front matter and its body, as a key for the memo.</summary>
    public static string PageKey(Page page) => BuildMemo.Key(JsonSerializer.Serialize(page, MemoJson.Default.Page));
}
