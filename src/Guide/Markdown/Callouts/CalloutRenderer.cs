using Guide.Theme.Model;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Guide.Markdown;

/// <summary>
/// Writes a callout as a <c>div</c> with the classes <c>callout callout-say</c> (in place of the kind Markdig
/// puts in as a class) and a first paragraph that names it in the page's language ("What you can say").
/// The label exists only in the HTML, so search and the wording checks never see it.
/// </summary>
internal sealed class CalloutRenderer(UiText text, HtmlObjectRenderer<CustomContainer> plain) : HtmlObjectRenderer<CustomContainer>
{
    protected override void Write(HtmlRenderer renderer, CustomContainer container)
    {
        if (Callouts.KindOf(container) is not { } kind)
        {
            plain.Write(renderer, container);
            return;
        }
        var attributes = new HtmlAttributes { Id = container.TryGetAttributes()?.Id };
        attributes.AddClass("callout");
        attributes.AddClass("callout-" + kind);
        renderer.EnsureLine();
        renderer.Write("<div").WriteAttributes(attributes).Write('>');
        renderer.Write("<p class=\"").Write(Callouts.LabelClass).Write("\">").WriteEscape(text["callout." + kind]).WriteLine("</p>");
        renderer.WriteChildren(container);
        renderer.WriteLine("</div>");
    }
}
