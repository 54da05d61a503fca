using Markdig.Renderers.Html;

namespace Guide.Markdown;

/// <summary>
/// Markdig's generic attributes (<c>{#id .class}</c> after a heading, a link or a block) would write any
/// attribute into the page as it is, <c>onclick</c> and <c>style</c> included. An id and classes are all a
/// page may give; anything else is refused where it is written.
/// </summary>
public static class AttributeRules
{
    /// <summary>True when the page gives no other attributes; otherwise each one is reported.</summary>
    public static bool Check(PageDocument document, DiagnosticBag diagnostics)
    {
        var clean = true;
        var page = document.Page;
        SyntaxWalk.Visit(document.Syntax, node =>
        {
            if (node.TryGetAttributes() is not { Properties: { Count: > 0 } properties })
            {
                return;
            }
            foreach (var property in properties)
            {
                clean = false;
                diagnostics.Add(Diagnostic.Error(page.SourcePath, page.BodyLine + node.Line, node.Column + 1, DiagnosticCodes.AttributeNotAllowed,
                    $"the attribute '{property.Key}' is not allowed; in {{ }} a page may give only an id (#name) and classes (.name)"));
            }
        });
        return clean;
    }
}
