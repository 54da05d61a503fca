using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace Guide.Markdown;

/// <summary>
/// The <c>:::say</c>, <c>:::tip</c>, <c>:::warning</c> and <c>:::note</c> containers a page may use. The check
/// reports any other kind; <see cref="CalloutRenderer"/> gives the known ones their class and a label in the
/// page's language while it writes them, since the shared pipeline cannot know the language.
/// </summary>
public static class Callouts
{
    public static readonly IReadOnlyList<string> Kinds = ["say", "tip", "warning", "note"];

    /// <summary>The class of the label paragraph each callout starts with.</summary>
    public const string LabelClass = "callout-label";

    /// <summary>The kind a container names (<c>say</c>), or null when it is not one of <see cref="Kinds"/>.</summary>
    public static string? KindOf(CustomContainer container)
    {
        var kind = container.Info?.Trim().ToLowerInvariant() ?? "";
        return Kinds.Contains(kind) ? kind : null;
    }

    public static void Check(PageDocument document, DiagnosticBag diagnostics)
    {
        foreach (var container in document.Syntax.Descendants<CustomContainer>())
        {
            if (KindOf(container) is not null)
            {
                continue;
            }
            var kind = container.Info?.Trim().ToLowerInvariant() ?? "";
            var suggestion = Suggest.Closest(kind, Kinds);
            var hint = suggestion is null ? $"use one of {string.Join(", ", Kinds)}" : $"did you mean ':::{suggestion}'?";
            diagnostics.Add(Diagnostic.Error(document.Page.SourcePath, document.Page.BodyLine + container.Line, container.Column + 1,
                DiagnosticCodes.UnknownCallout, $"unknown callout ':::{kind}'; {hint}"));
        }
    }
}
