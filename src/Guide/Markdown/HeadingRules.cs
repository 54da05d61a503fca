namespace Guide.Markdown;

/// <summary>
/// Heading levels must not skip (h2 then h4): screen readers navigate by level, and the table of
/// contents would show a child without its parent.
/// </summary>
public static class HeadingRules
{
    public static void Check(PageDocument document, DiagnosticBag diagnostics)
    {
        var previous = 1;
        foreach (var heading in document.Headings)
        {
            if (heading.Level > previous + 1)
            {
                diagnostics.Add(Diagnostic.Warning(document.Page.SourcePath, heading.Line, 1, DiagnosticCodes.SkippedHeadingLevel,
                    $"the heading '{heading.Text}' is an h{heading.Level} right after an h{previous}; use {new string('#', previous + 1)} instead"));
            }
            previous = heading.Level;
        }
    }
}
