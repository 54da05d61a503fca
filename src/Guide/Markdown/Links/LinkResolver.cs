using Guide.Content;
using Guide.Rendering;

namespace Guide.Markdown;

/// <summary>
/// Turns the source paths authors write (<c>../during/listening.md#复述确认</c>, <c>worksheet:W2</c>,
/// <c>../../assets/x.svg</c>) into relative output URLs. The renderer asks it for every URL it writes
/// (<see cref="Rewrite"/>), so the syntax tree stays as parsed; <see cref="LinkCheck"/> asks it with a
/// bag, so every link whose target is missing, is not published, or is not a kind of link a page may
/// carry (<see cref="LinkSchemes"/>) is reported once, before anything is rendered.
/// </summary>
public sealed class LinkResolver(LinkTargets targets)
{
    public const string WorksheetScheme = "worksheet:";

    /// <summary>The URL the page at <paramref name="document"/> links to for <paramref name="url"/> as written; unchanged when it is not rewritten or is broken.</summary>
    public string Rewrite(PageDocument document, string url) => Resolve(document, url, image: false, (0, 0), diagnostics: null) ?? url;

    /// <summary>
    /// The output URL of a source link written on <paramref name="document"/>, relative to it; null when the
    /// link is not rewritten (outside addresses, in-page anchors) or is broken, which is then reported to
    /// <paramref name="diagnostics"/> when one is given.
    /// Also used for links outside the body, such as the home page's situations.
    /// </summary>
    public string? Resolve(PageDocument document, string url, bool image, (int Line, int Column) position, DiagnosticBag? diagnostics)
    {
        void Report(string code, string message) => diagnostics?.Add(Diagnostic.Error(document.Page.SourcePath, position.Line, position.Column, code, message));

        var page = document.Page;
        if (url.StartsWith('#'))
        {
            var id = Uri.UnescapeDataString(url[1..]);
            if (!document.HasAnchor(id))
            {
                Report(DiagnosticCodes.BrokenAnchor, $"this page has no heading with the id '{id}'{AnchorHint(document.Headings.Select(h => h.Id), id)}");
            }
            return null;
        }
        if (url.StartsWith(WorksheetScheme, StringComparison.OrdinalIgnoreCase))
        {
            return ResolveWorksheet(document, url[WorksheetScheme.Length..], Report);
        }
        if (url.StartsWith(RehearsalLink.Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return ResolveRehearsal(document, url[RehearsalLink.Scheme.Length..], Report);
        }
        if (LinkSchemes.Problem(url) is { } problem)
        {
            Report(DiagnosticCodes.UnsafeLink, problem);
            return null;
        }
        if (LinkSchemes.SchemeOf(url) is not null)
        {
            if (image)
            {
                // Nothing on a page may be fetched from outside the site.
                Report(DiagnosticCodes.UnsafeLink,
                    $"the image '{url}' is on another site, and pages load nothing from outside; save it below input/assets/ and link to it there");
            }
            return null;
        }
        if (url.StartsWith('/') || url.Contains('\\'))
        {
            Report(DiagnosticCodes.BrokenLink, url.StartsWith('/')
                ? $"'{url}' starts at the root of the disk or the server; write the path from this page, e.g. ../before/self-review.md"
                : $"'{url}' has a backslash; separate folders with '/'");
            return null;
        }

        var hash = url.IndexOf('#');
        var pathPart = Uri.UnescapeDataString(hash < 0 ? url : url[..hash]);
        var fragment = hash < 0 ? "" : Uri.UnescapeDataString(url[(hash + 1)..]);
        if (pathPart.Any(char.IsControl) || pathPart.Contains('\\'))
        {
            Report(DiagnosticCodes.BrokenLink, $"'{url}' has a character that no file name has; check the link");
            return null;
        }
        var sourceDir = Path.GetDirectoryName(Path.Combine(page.Lang, page.RelativePath))!;
        var target = Path.GetFullPath(Path.Combine(targets.InputDir, sourceDir, pathPart));
        var relativeToInput = Path.GetRelativePath(targets.InputDir, target).Replace('\\', '/');
        if (relativeToInput.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relativeToInput))
        {
            Report(DiagnosticCodes.BrokenLink, $"'{url}' points outside the input folder");
            return null;
        }

        if (relativeToInput.EndsWith(".md", StringComparison.Ordinal))
        {
            var slash = relativeToInput.IndexOf('/');
            var targetPage = slash < 0 ? null : targets.Find(relativeToInput[..slash], relativeToInput[(slash + 1)..]);
            if (targetPage is null)
            {
                Report(DiagnosticCodes.BrokenLink, $"the page '{url}' does not exist (looked for input/{relativeToInput})");
                return null;
            }
            if (page.IsFallback && fragment.Length > 0 && !targetPage.Anchors.Contains(fragment))
            {
                return FallbackTarget(page, relativeToInput[(slash + 1)..], targetPage, fragment);
            }
            if (fragment.Length > 0 && !targetPage.Anchors.Contains(fragment))
            {
                Report(DiagnosticCodes.BrokenAnchor,
                    $"'{targetPage.RelativePath}' has no heading with the id '{fragment}'{AnchorHint(targetPage.Anchors, fragment)}");
                return null;
            }
            var anchor = fragment.Length > 0 ? "#" + fragment : "";
            return RelativeUrl.From(page.Url, targetPage.Url + anchor, targets.Portable);
        }

        if (!targets.IsPublished(relativeToInput))
        {
            if (targets.IsInput(relativeToInput))
            {
                Report(DiagnosticCodes.BrokenLink,
                    $"'{url}' is not published with the site (only pages, images, PDFs and fonts are), so a reader could not open it");
            }
            else
            {
                Report(DiagnosticCodes.MissingFile, $"the file '{url}' does not exist (looked for input/{relativeToInput})");
            }
            return null;
        }
        return RelativeUrl.From(page.Url, relativeToInput + (fragment.Length > 0 ? "#" + fragment : ""));
    }

    /// <summary>
    /// A heading link of a page shown in place of its translation: the anchor was written for the
    /// original language's page, and the page in the reader's language is a real translation with anchors
    /// of its own. When both have the same h2/h3 headings the n-th heading of one is the n-th of the other;
    /// otherwise the link leads to the heading on the original's page, so it never leads nowhere.
    /// </summary>
    private string FallbackTarget(Page page, string relativePath, TargetPage translation, string fragment)
    {
        var original = targets.Find(page.ContentLang, relativePath);
        static List<TargetHeading> Sections(TargetPage p) => [.. p.Headings.Where(h => h.Level is 2 or 3 && h.Id.Length > 0)];
        if (original is not null)
        {
            var (theirs, ours) = (Sections(original), Sections(translation));
            var index = theirs.FindIndex(h => h.Id == fragment);
            var paired = index >= 0 && theirs.Select(h => h.Level).SequenceEqual(ours.Select(h => h.Level));
            return RelativeUrl.From(page.Url, (paired ? translation.Url + "#" + ours[index].Id : original.Url + "#" + fragment), targets.Portable);
        }
        return RelativeUrl.From(page.Url, translation.Url, targets.Portable);
    }

    private string? ResolveWorksheet(PageDocument document, string id, Action<string, string> report)
    {
        var worksheet = targets.Worksheets.FirstOrDefault(w => string.Equals(w.Key, id, StringComparison.OrdinalIgnoreCase));
        if (worksheet.Key is null)
        {
            var known = targets.Worksheets.Keys.ToList();
            // Ids are too short for "did you mean" to help; the full list does.
            report(DiagnosticCodes.UnknownWorksheet, $"there is no worksheet '{id}'; the worksheets are {string.Join(", ", known)}");
            return null;
        }
        return RelativeUrl.From(document.Page.Url, WorksheetLink.UrlOf(worksheet.Value, document.Page.Lang), targets.Portable);
    }

    private string? ResolveRehearsal(PageDocument document, string id, Action<string, string> report)
    {
        if (!targets.Rehearsals.Contains(id))
        {
            var known = targets.Rehearsals;
            var list = known.Count == 0 ? "there are none in the rehearsals folder" : $"they are {string.Join(", ", known)}";
            report(DiagnosticCodes.UnknownRehearsal, $"there is no rehearsal '{id}'{Suggest.Hint(id, known)}; {list}");
            return null;
        }
        return RelativeUrl.From(document.Page.Url, RehearsalLink.UrlOf(id, document.Page.Lang), targets.Portable);
    }

    private static string AnchorHint(IEnumerable<string> anchors, string id)
    {
        var suggestion = Suggest.Closest(id, anchors);
        return suggestion is null ? "" : $"; did you mean '#{suggestion}'?";
    }
}
