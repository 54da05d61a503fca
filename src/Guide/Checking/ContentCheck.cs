using System.Diagnostics;
using Guide.Building;

namespace Guide.Checking;

/// <summary>What <c>guide check</c> found, and how long it took.</summary>
public sealed record CheckReport(IReadOnlyList<Diagnostic> Diagnostics, int Pages, TimeSpan Time)
{
    public int Errors => Diagnostics.Count(d => d.IsError);

    public int Warnings => Diagnostics.Count(d => !d.IsError);
}

/// <summary>
/// Every check on the content without building it: the build's own load and render phases (front
/// matter, links, anchors, images, callouts, headings, worksheet definitions), the worksheets laid out
/// as for their PDFs (unless <see cref="BuildOptions.Worksheets"/> is off), then the translation pairs
/// and the wording rules (quotation marks, worksheet names, <c>input/terms.yml</c>). Only problems of
/// writing the output are left to the build. No page is laid out and nothing is written.
/// </summary>
public static class ContentCheck
{
    private const string FontNotFound = DiagnosticCodes.FontNotFound;

    public static CheckReport Run(BuildOptions options, bool strict)
    {
        var clock = Stopwatch.StartNew();
        var (site, found) = new SiteBuilder(options, NoProgress.Instance).Validate();
        var terms = new DiagnosticBag();
        var termList = Directory.Exists(options.InputDir) ? TermsFile.Load(Path.GetFullPath(options.InputDir), terms) : TermList.None;
        var content = site is null ? [] : TranslationPairs.Check(site).Concat(Wording.Check(site, termList));
        var shown = new DiagnosticBag();
        shown.AddRange(found.Concat(terms.Sorted()).Concat(content)
            // Worksheet problems carry the folder's full path; editors and annotations need the short one.
            .Select(d => d with { Path = DisplayPath.Of(d.Path) })
            // No font on this computer is not a problem of the content: say that the layout went unchecked.
            .Select(d => d.Code == FontNotFound ? d with { Severity = Severity.Warning, Message = d.Message + " (the worksheets' layout was not checked)" } : d)
            .Select(d => strict ? d with { Severity = Severity.Error } : d));
        return new CheckReport(shown.Sorted(), site?.Documents.Count ?? 0, clock.Elapsed);
    }
}
