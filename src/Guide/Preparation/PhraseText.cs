using System.Text;
using Markdig.Syntax.Inlines;

namespace Guide.Preparation;

/// <summary>
/// The plain words of a phrase's inlines, as a reader copies them: emphasis and links keep their
/// text, a soft line break is a space between words and nothing between two Chinese characters.
/// </summary>
internal static class PhraseText
{
    public static string Of(ContainerInline? inline)
    {
        var text = new StringBuilder();
        Append(inline, text);
        return text.ToString().Trim();
    }

    private static void Append(ContainerInline? container, StringBuilder text)
    {
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case AutolinkInline link:
                    text.Append(link.Url);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case LineBreakInline lineBreak:
                    text.Append(lineBreak.IsHard ? "\n" : Joiner(text, inline.NextSibling));
                    break;
                case ContainerInline children:
                    Append(children, text);
                    break;
            }
        }
    }

    /// <summary>A soft break joins Chinese without a space, as the browser's rendering of the page does not.</summary>
    private static string Joiner(StringBuilder before, Inline? after) =>
        before.Length > 0 && IsWide(before[^1]) && after is LiteralInline { Content.Length: > 0 } next && IsWide(next.Content.AsSpan()[0]) ? "" : " ";

    private static bool IsWide(char c) => c >= '\u2E80';
}
