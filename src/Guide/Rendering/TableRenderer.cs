using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Guide.Rendering;

/// <summary>
/// Tables as Markdig renders them, except that an empty header cell (the corner of a table whose first
/// column names its rows) is a plain cell: a header with no words tells a screen reader nothing.
/// </summary>
internal sealed class TableRenderer(HtmlTableRenderer plain) : HtmlObjectRenderer<Table>
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        var writer = renderer.Writer;
        var html = new StringWriter();
        // A chapter's ids get its prefix in the table too.
        renderer.Writer = writer is ChapterIdWriter chapter ? chapter.Into(html) : html;
        try
        {
            plain.Write(renderer, table);
        }
        finally
        {
            renderer.Writer = writer;
        }
        renderer.Write(html.ToString().Replace("<th></th>", "<td></td>", StringComparison.Ordinal));
    }
}
