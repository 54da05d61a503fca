using Guide.Content;
using Guide.Rendering;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Guide.Markdown;

/// <summary>
/// Turns the source paths authors write (<c>../during/listening.md#复述确认</c>, <c>worksheet:W2</c>,
/// <c>../../assets/x.svg</c>) into relative output URLs, and reports every link whose target is missing,
/// is not published, or is not a kind of link a page may carry (<see cref="LinkSchemes"/>).
/// </summary>
public sealed class LinkRewriter(Site site, string inputDir, bool portable, DiagnosticBag diagnostics)
{
    public const string WorksheetScheme = "worksheet:";

    public void Rewrite(PageDocument document)
    {
        foreach (var link in document.Syntax.Descendants<LinkInline>())
        {
            if (link.Url is not { } url)
            {
                continue;
            }
            var position = (Line: document.Page.BodyLine + link.Line, Column: link.Column + 1);
            if (link.IsImage && PageDocument.PlainText(link).Trim().Length == 0)
            {
                Report(document, position, DiagnosticCodes.ImageWithoutAlt,
                    $"the image '{url}' has no alt text; describe what it shows between the brackets: ![what it shows]({url})");
            }
            var rewritten = Resolve(document, url, link.IsImage, position);
            if (rewritten is not null)
            {
                link.Url = rewritten;
                if (url.StartsWith(RehearsalLink.Scheme, StringComparison.OrdinalIgnoreCase))
                {
                    // Marked so the theme can show it as an invitation to practise, not as one more reference.
                    link.GetAttributes().AddClass(RehearsalLink.CssClass);
                }
            }
        }
        // <https://…> and <name@example.org> written in angle brackets.
        foreach (var autolink in document.Syntax.Descendants<AutolinkInline>())
        {
            if (!autolink.IsEmail && LinkSchemes.Problem(autolink.Url) is { } problem)
            {
                Report(document, (document.Page.BodyLine + autolink.Line, autolink.Column + 1), DiagnosticCodes.UnsafeLink, problem);
            }
        }
    }

    /// <summary>
    /// The output URL of a source link written on <paramref name="document"/>, relative to it; null when the
    /// link is not rewritten (outside addresses, in-page anchors) or is broken, which is then reported.
    /// Also used for links outside the body, such as the home page's situations.
    /// </summary>
    public string? Resolve(PageDocument document, string url, (int Line, int Column) position) =>
        Resolve(document, url, image: false, position);

    private string? Resolve(PageDocument document, string url, bool image, (int Line, int Column) position)
    {
        var page = document.Page;
        if (url.StartsWith('#'))
        {
            var id = Uri.UnescapeDataString(url[1..]);
            if (!document.HasAnchor(id))
            {
                Report(document, position, DiagnosticCodes.BrokenAnchor, $"this page has no heading with the id '{id}'{AnchorHint(document, id)}");
            }
            return null;
        }
        if (url.StartsWith(WorksheetScheme, StringComparison.OrdinalIgnoreCase))
        {
            return ResolveWorksheet(document, url[WorksheetScheme.Length..], position);
        }
        if (url.StartsWith(RehearsalLink.Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return ResolveRehearsal(document, url[RehearsalLink.Scheme.Length..], position);
        }
        if (LinkSchemes.Problem(url) is { } problem)
        {
            Report(document, position, DiagnosticCodes.UnsafeLink, problem);
            return null;
        }
        if (LinkSchemes.SchemeOf(url) is not null)
        {
            if (image)
            {
                // Nothing on a page may be fetched from outside the site.
                Report(document, position, DiagnosticCodes.UnsafeLink,
                    $"the image '{url}' is on another site, and pages load nothing from outside; save it below input/assets/ and link to it there");
            }
            return null;
        }
        if (url.StartsWith('/') || url.Contains('\\'))
        {
            Report(document, position, DiagnosticCodes.BrokenLink, url.StartsWith('/')
                ? $"'{url}' starts at the root of the disk or the server; write the path from this page, e.g. ../before/self-review.md"
                : $"'{url}' has a backslash; separate folders with '/'");
            return null;
        }

        var hash = url.IndexOf('#');
        var pathPart = Uri.UnescapeDataString(hash < 0 ? url : url[..hash]);
        var fragment = hash < 0 ? "" : Uri.UnescapeDataString(url[(hash + 1)..]);
        if (pathPart.Any(char.IsControl) || pathPart.Contains('\\'))
        {
            Report(document, position, DiagnosticCodes.BrokenLink, $"'{url}' has a character that no file name has; check the link");
            return null;
        }
        var sourceDir = Path.GetDirectoryName(Path.Combine(page.Lang, page.RelativePath))!;
        var target = Path.GetFullPath(Path.Combine(inputDir, sourceDir, pathPart));
        var relativeToInput = Path.GetRelativePath(inputDir, target).Replace('\\', '/');
        if (relativeToInput.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relativeToInput))
        {
            Report(document, position, DiagnosticCodes.BrokenLink, $"'{url}' points outside the input folder");
            return null;
        }

        if (relativeToInput.EndsWith(".md", StringComparison.Ordinal))
        {
            var slash = relativeToInput.IndexOf('/');
            var targetDoc = slash < 0 ? null : site.Find(relativeToInput[..slash], relativeToInput[(slash + 1)..]);
            if (targetDoc is null)
            {
                Report(document, position, DiagnosticCodes.BrokenLink, $"the page '{url}' does not exist (looked for input/{relativeToInput})");
                return null;
            }
            if (fragment.Length > 0 && !targetDoc.HasAnchor(fragment))
            {
                Report(document, position, DiagnosticCodes.BrokenAnchor,
                    $"'{targetDoc.Page.RelativePath}' has no heading with the id '{fragment}'{AnchorHint(targetDoc, fragment)}");
                return null;
            }
            var anchor = fragment.Length > 0 ? "#" + fragment : "";
            return RelativeUrl.From(page.Url, targetDoc.Page.Url + anchor, portable);
        }

        if (!site.IsPublished(relativeToInput))
        {
            if (site.InputFiles.Contains(relativeToInput))
            {
                Report(document, position, DiagnosticCodes.BrokenLink,
                    $"'{url}' is not published with the site (only pages, images, PDFs and fonts are), so a reader could not open it");
            }
            else
            {
                Report(document, position, DiagnosticCodes.MissingFile, $"the file '{url}' does not exist (looked for input/{relativeToInput})");
            }
            return null;
        }
        return RelativeUrl.From(page.Url, relativeToInput + (fragment.Length > 0 ? "#" + fragment : ""));
    }

    private string? ResolveWorksheet(PageDocument document, string id, (int Line, int Column) position)
    {
        var worksheet = site.Worksheets.FirstOrDefault(w => string.Equals(w.Id, id, StringComparison.OrdinalIgnoreCase));
        if (worksheet is null)
        {
            var known = site.Worksheets.Select(w => w.Id).ToList();
            // Ids are too short for "did you mean" to help; the full list does.
            Report(document, position, DiagnosticCodes.UnknownWorksheet, $"there is no worksheet '{id}'; the worksheets are {string.Join(", ", known)}");
            return null;
        }
        return RelativeUrl.From(document.Page.Url, worksheet.Url(document.Page.Lang), portable);
    }

    private string? ResolveRehearsal(PageDocument document, string id, (int Line, int Column) position)
    {
        var rehearsal = site.Rehearsals.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal));
        if (rehearsal is null)
        {
            var known = site.Rehearsals.Select(r => r.Id).ToList();
            var list = known.Count == 0 ? "there are none in the rehearsals folder" : $"they are {string.Join(", ", known)}";
            Report(document, position, Rehearsals.RehearsalCodes.UnknownRehearsal, $"there is no rehearsal '{id}'{Suggest.Hint(id, known)}; {list}");
            return null;
        }
        return RelativeUrl.From(document.Page.Url, rehearsal.Url(document.Page.Lang), portable);
    }

    private static string AnchorHint(PageDocument target, string id)
    {
        var suggestion = Suggest.Closest(id, target.Headings.Select(h => h.Id));
        return suggestion is null ? "" : $"; did you mean '#{suggestion}'?";
    }

    private void Report(PageDocument document, (int Line, int Column) position, string code, string message) =>
        diagnostics.Add(Diagnostic.Error(document.Page.SourcePath, position.Line, position.Column, code, message));
}
