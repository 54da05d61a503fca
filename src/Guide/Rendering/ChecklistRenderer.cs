using System.Security.Cryptography;
using System.Text;
using Guide.Content;
using Guide.Markdown;
using Guide.Theme.Model;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Guide.Rendering;

/// <summary>
/// Task lists (<c>- [ ] …</c>) as checklists a reader can tick: each item is a labelled check box, and each
/// list is kept in this browser's localStorage by <c>worksheet-form.js</c>, like a worksheet, with a button
/// to clear it. Other lists render as Markdig renders them.
/// </summary>
internal sealed class ChecklistRenderer(Page page, UiText text, ListRenderer plain) : HtmlObjectRenderer<ListBlock>
{
    private int _lists;

    /// <summary>The localStorage key of a page's n-th checklist: <c>review-guide:checklist:zh-CN/before/checklist/:1</c>.</summary>
    public static string StorageKey(Page page, int number) => $"review-guide:checklist:{page.Url}:{number}";

    protected override void Write(HtmlRenderer renderer, ListBlock list)
    {
        if (!list.Any(IsTask))
        {
            plain.Write(renderer, list);
            return;
        }
        // A checklist nested in another one is saved with the outer one.
        var outermost = !Ancestors(list).OfType<ListBlock>().Any();
        renderer.EnsureLine();
        if (outermost)
        {
            renderer.Write("<div class=\"checklist\" data-worksheet-storage=\"").WriteEscape(StorageKey(page, ++_lists))
                .Write("\" data-text-saved=\"").WriteEscape(text["checklistSaved"])
                .Write("\" data-text-cleared=\"").WriteEscape(text["checklistCleared"])
                .Write("\" data-text-unavailable=\"").WriteEscape(text["checklistUnavailable"]).WriteLine("\">");
        }
        renderer.Write(list.IsOrdered ? "<ol" : "<ul").WriteAttributes(list).WriteLine(">");
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in list.Cast<ListItemBlock>())
        {
            var implicitParagraph = renderer.ImplicitParagraph;
            renderer.ImplicitParagraph = !list.IsLoose;
            renderer.EnsureLine();
            renderer.Write("<li").WriteAttributes(item).Write('>');
            if (IsTask(item))
            {
                var paragraph = (ParagraphBlock)item[0];
                var task = (TaskList)paragraph.Inline!.FirstChild!;
                renderer.Write("<label><input type=\"checkbox\" class=\"task-list-item-checkbox\" name=\"").Write(Name(paragraph, names)).Write('"');
                renderer.Write(task.Checked ? " checked>" : ">").Write("<span>");
                var inline = task.NextSibling;
                // The space after "[ ]" belongs to the Markdown, not to the item's words.
                if (inline is LiteralInline first)
                {
                    renderer.WriteEscape(first.Content.ToString().TrimStart());
                    inline = inline.NextSibling;
                }
                for (; inline is not null; inline = inline.NextSibling)
                {
                    renderer.Write(inline);
                }
                renderer.Write("</span></label>");
                for (var i = 1; i < item.Count; i++)
                {
                    renderer.Write(item[i]);
                }
            }
            else
            {
                renderer.WriteChildren(item);
            }
            renderer.WriteLine("</li>");
            renderer.ImplicitParagraph = implicitParagraph;
        }
        renderer.WriteLine(list.IsOrdered ? "</ol>" : "</ul>");
        if (outermost)
        {
            renderer.Write("<div class=\"checklist-actions\" hidden><button type=\"button\" class=\"small-button\" data-worksheet-clear>")
                .WriteEscape(text["checklistReset"])
                .WriteLine("</button><span class=\"saved-status\" data-worksheet-status role=\"status\" aria-live=\"polite\"></span></div>");
            renderer.WriteLine("</div>");
        }
    }

    private static bool IsTask(Block item) =>
        item is ListItemBlock { Count: > 0 } li && li[0] is ParagraphBlock { Inline.FirstChild: TaskList };

    /// <summary>
    /// Named after the item's words, not its position, so a tick stays on its item when an editor adds
    /// or reorders items; the same words twice get a number.
    /// </summary>
    private static string Name(ParagraphBlock paragraph, HashSet<string> taken)
    {
        var words = PageDocument.PlainText(paragraph.Inline).Trim();
        var name = "task-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(words)))[..8];
        var unique = name;
        for (var n = 2; !taken.Add(unique); n++)
        {
            unique = $"{name}-{n}";
        }
        return unique;
    }

    private static IEnumerable<Block> Ancestors(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            yield return parent;
        }
    }
}
