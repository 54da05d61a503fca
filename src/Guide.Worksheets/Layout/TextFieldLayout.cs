namespace Guide.Worksheets.Layout;

/// <summary>
/// One-line fields with the label on their left, one or two to a row, and boxes of writing lines
/// with the label above, one or two to a row.
/// </summary>
internal static class TextFieldLayout
{
    /// <summary>A row of one or two one-line fields, each with its label on the left.</summary>
    public static Block Row(FormContext form, IReadOnlyList<SingleLineField> fields)
    {
        var (cellWidth, gutter) = Columns(form, fields.Count);
        var share = fields.Count > 1 ? FormStyle.SideLabelShare + 0.08 : FormStyle.SideLabelShare;
        var labelWidth = cellWidth * share;
        var height = fields.Max(f => Math.Max(FormStyle.FieldHeight, form.Type.Measure(f.Label, labelWidth - 6, form.Label)));
        return new Block(height + FormStyle.GapAfterBlock, (page, y) =>
        {
            for (var i = 0; i < fields.Count; i++)
            {
                var x = form.Left + i * (cellWidth + gutter);
                var field = fields[i];
                var labelHeight = form.Type.Measure(field.Label, labelWidth - 6, form.Label);
                var labelTop = y + Math.Max(0, (FormStyle.FieldHeight - labelHeight) / 2);
                form.Type.Draw(page, field.Label, x, labelTop, labelWidth - 6, form.Label);
                form.BoxedText(page, FormControls.Of(field, form.Words).Single(), x + labelWidth, y, cellWidth - labelWidth, FormStyle.FieldHeight);
            }
        });
    }

    /// <summary>One or two labelled boxes of writing lines side by side.</summary>
    public static Block Lines(FormContext form, IReadOnlyList<MultiLineField> fields)
    {
        var (cellWidth, gutter) = Columns(form, fields.Count);
        var labelHeight = fields.Max(f => form.Type.Measure(f.Label, cellWidth, form.Label)) + FormStyle.LabelGap;
        var boxHeight = fields.Max(f => BoxHeight(f.Lines));
        return new Block(labelHeight + boxHeight + FormStyle.GapAfterBlock, (page, y) =>
        {
            for (var i = 0; i < fields.Count; i++)
            {
                var x = form.Left + i * (cellWidth + gutter);
                form.Type.Draw(page, fields[i].Label, x, y, cellWidth, form.Label);
                form.BoxedText(page, FormControls.Of(fields[i], form.Words).Single(), x, y + labelHeight, cellWidth, boxHeight, FormStyle.RuleSpacing);
            }
        });
    }

    /// <summary>A box of <paramref name="lines"/> writing lines: the last line sits a little above the bottom edge.</summary>
    public static double BoxHeight(int lines) => lines * FormStyle.RuleSpacing + 5;

    private static (double Width, double Gutter) Columns(FormContext form, int count)
    {
        var gutter = count > 1 ? FormStyle.TwoColumnGutter : 0;
        return ((form.Width - gutter * (count - 1)) / count, gutter);
    }
}
