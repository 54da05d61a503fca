namespace Guide.Worksheets.Layout;

/// <summary>
/// One-line fields with the label on their left, one or two to a row, and multi-line fields
/// with the label above a ruled box.
/// </summary>
internal static class TextFieldLayout
{
    /// <summary>A row of one or two one-line fields, each with its label on the left.</summary>
    public static Block Row(FormContext form, IReadOnlyList<SingleLineField> fields)
    {
        var gutter = fields.Count > 1 ? FormStyle.TwoColumnGutter : 0;
        var columns = fields.Count;
        var cellWidth = (form.Width - gutter * (columns - 1)) / columns;
        var share = columns > 1 ? FormStyle.SideLabelShare + 0.08 : FormStyle.SideLabelShare;
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
                var control = FormControls.Of(field).Single();
                form.BoxedText(page, control, x + labelWidth, y, cellWidth - labelWidth, FormStyle.FieldHeight);
            }
        });
    }

    /// <summary>A label above a box of ruled writing lines.</summary>
    public static Block Lines(FormContext form, MultiLineField field)
    {
        var labelHeight = form.Type.Measure(field.Label, form.Width, form.Label) + FormStyle.LabelGap;
        var boxHeight = field.Lines * FormStyle.RuledLineSpacing + 4;
        return new Block(labelHeight + boxHeight + FormStyle.GapAfterBlock, (page, y) =>
        {
            form.Type.Draw(page, field.Label, form.Left, y, form.Width, form.Label);
            var top = y + labelHeight;
            // Writing lines for a pen; the box's own bottom edge serves as the last one.
            for (var line = 1; line < field.Lines; line++)
            {
                var lineY = top + 2 + line * FormStyle.RuledLineSpacing;
                page.DrawLine(form.Left + 6, lineY, form.Left + form.Width - 6, lineY, FormStyle.RuleLineWidth, FormStyle.Rule);
            }

            form.BoxedText(page, FormControls.Of(field).Single(), form.Left, top, form.Width, boxHeight);
        });
    }
}
