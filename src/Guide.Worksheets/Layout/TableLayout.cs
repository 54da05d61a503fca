using Guide.Pdf;

namespace Guide.Worksheets.Layout;

/// <summary>
/// A table as one block per row. The label and the header row travel with the first two rows, the
/// last row never goes to a page alone, and a row that lands on a new page brings the header row
/// with it.
/// </summary>
internal static class TableLayout
{
    public static IEnumerable<Block> Blocks(FormContext form, TableField table)
    {
        var controls = FormControls.Of(table, form.Words).ToList();
        var widths = ColumnWidths(form.Width, table.Columns);
        var headerStyle = form.Strong with { Size = FormStyle.LabelSize - 0.5 };
        var headerHeight = table.Columns.Select((c, i) => form.Type.Measure(c.Label, widths[i] - 2 * FormStyle.CellPadding, headerStyle)).Max()
            + 2 * FormStyle.CellPadding;
        var rowHeight = RowHeight(table.RowLines);

        var header = new Block(headerHeight, (page, y) =>
        {
            var x = form.Left;
            for (var i = 0; i < table.Columns.Count; i++)
            {
                page.DrawRectangle(x, y, widths[i], headerHeight, FormStyle.Box, FormStyle.HeaderFill, FormStyle.BoxLineWidth);
                form.Type.Draw(page, table.Columns[i].Label, x + FormStyle.CellPadding, y + FormStyle.CellPadding, widths[i] - 2 * FormStyle.CellPadding, headerStyle);
                x += widths[i];
            }
        });

        var labelHeight = form.Type.Measure(table.Label, form.Width, form.Label) + FormStyle.LabelGap;
        yield return new Block(labelHeight, (page, y) => form.Type.Draw(page, table.Label, form.Left, y, form.Width, form.Label)) { KeepWithNext = true };
        yield return header with { KeepWithNext = true };
        for (var row = 0; row < table.Rows; row++)
        {
            var first = row * table.Columns.Count;
            var last = row == table.Rows - 1;
            yield return new Block(rowHeight + (last ? FormStyle.GapAfterBlock : 0), (page, y) =>
            {
                var x = form.Left;
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    form.BoxedText(page, controls[first + i], x, y, widths[i], rowHeight);
                    x += widths[i];
                }
            })
            {
                RepeatOnNewPage = header,
                KeepWithNext = row == 0 || row == table.Rows - 2,
            };
        }
    }

    /// <summary>At least 8 mm for a row written in by hand; more for rows of several lines.</summary>
    public static double RowHeight(int lines) => Math.Max(FormStyle.FieldHeight, lines * FormStyle.TableLineSpacing + 6);

    /// <summary>Splits the width in proportion to the columns' relative widths.</summary>
    public static double[] ColumnWidths(double total, IReadOnlyList<TableColumn> columns)
    {
        var sum = columns.Sum(c => c.Width);
        return [.. columns.Select(c => total * c.Width / sum)];
    }
}
