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
/// matter, links, anchors, images, callouts, headings, worksheet definitions), then the translation
/// pairs and the wording rules (quotation marks, worksheet names, <c>input/terms.yml</c>). No pages
/// are laid out and no PDFs made, so it answers in well under a second.
/// </summary>
public static class ContentCheck
{
    public static CheckReport Run(BuildOptions options, bool strict)
    {
        var clock = Stopwatch.StartNew();
        var (site, found) = new SiteBuilder(options with { Worksheets = false }, NoProgress.Instance).Validate();
        var terms = new DiagnosticBag();
        var termList = Directory.Exists(options.InputDir) ? TermsFile.Load(Path.GetFullPath(options.InputDir), terms) : TermList.None;
        var content = site is null ? [] : TranslationPairs.Check(site).Concat(Wording.Check(site, termList));
        var shown = new DiagnosticBag();
        shown.AddRange(found.Concat(terms.Sorted()).Concat(content)
            // Worksheet problems carry the folder's full path; editors and annotations need the short one.
            .Select(d => d with { Path = DisplayPath.Of(d.Path) })
            .Select(d => strict ? d with { Severity = Severity.Error } : d));
        return new CheckReport(shown.Sorted(), site?.Documents.Count ?? 0, clock.Elapsed);
    }
}
