using Guide.Theme.Model;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Guide.Markdown;

/// <summary>
/// Gives <c>:::say</c>, <c>:::tip</c>, <c>:::warning</c> and <c>:::note</c> containers their class and a label in
/// the page's language. Done on the syntax tree, per page, because the shared pipeline cannot know the language.
/// </summary>
public static class Callouts
{
    public static readonly IReadOnlyList<string> Kinds = ["say", "tip", "warning", "note"];

    /// <summary>The class of the label paragraph each callout starts with.</summary>
    public const string LabelClass = "callout-label";

    public static void Apply(PageDocument document, UiText text, DiagnosticBag diagnostics)
    {
        foreach (var container in document.Syntax.Descendants<CustomContainer>().ToList())
        {
            var kind = container.Info?.Trim().ToLowerInvariant() ?? "";
            if (!Kinds.Contains(kind))
            {
                var suggestion = Suggest.Closest(kind, Kinds);
                var hint = suggestion is null ? $"use one of {string.Join(", ", Kinds)}" : $"did you mean ':::{suggestion}'?";
                diagnostics.Add(Diagnostic.Error(document.Page.SourcePath, document.Page.BodyLine + container.Line, container.Column + 1,
                    DiagnosticCodes.UnknownCallout, $"unknown callout ':::{kind}'; {hint}"));
                continue;
            }

            var attributes = container.GetAttributes();
            // Markdig puts the info string in as a class; ours replace it.
            attributes.Classes?.Clear();
            attributes.AddClass("callout");
            attributes.AddClass("callout-" + kind);
            var label = new ParagraphBlock { Inline = new ContainerInline() };
            label.Inline.AppendChild(new LiteralInline(text["callout." + kind]));
            label.GetAttributes().AddClass(LabelClass);
            container.Insert(0, label);
        }
    }
}
