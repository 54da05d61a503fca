namespace Guide.Worksheets.Layout;

/// <summary>
/// Check box groups: short options flow side by side under the label; options with a detail
/// (the nine steps of W6, the SMART letters of W4) stack one per block so none is split.
/// </summary>
internal static class CheckBoxLayout
{
    private const double BoxToText = 5;
    private const double OptionGap = 16;
    private const double Indent = FormStyle.CheckBoxSize + BoxToText;
    private const double ListOptionGap = 3.5;

    public static IEnumerable<Block> Blocks(FormContext form, CheckBoxGroupField field)
    {
        var controls = FormControls.Of(field).ToList();
        var label = form.Type.Measure(field.Label, form.Width, form.Label) + FormStyle.LabelGap + 2;
        if (!field.IsList)
        {
            var rows = Flow(form, field);
            var height = label + rows.Max(r => r.Row + 1) * OptionLine(form);
            yield return new Block(height + FormStyle.GapAfterBlock, (page, y) =>
            {
                form.Type.Draw(page, field.Label, form.Left, y, form.Width, form.Label);
                foreach (var (index, row, x) in rows)
                {
                    var top = y + label + row * OptionLine(form);
                    form.AddCheckBox(page, controls[index], form.Left + x, top);
                    form.Type.Plain(page, OptionText(form, field.Options[index]), form.Left + x + Indent, top - 1, form.Width, form.Label);
                }
            });
            yield break;
        }

        yield return new Block(label, (page, y) => form.Type.Draw(page, field.Label, form.Left, y, form.Width, form.Label)) { KeepWithNext = true };
        for (var i = 0; i < field.Options.Count; i++)
        {
            var option = field.Options[i];
            var control = controls[i];
            var textWidth = form.Width - Indent;
            var title = form.Type.Measure(option.Label, textWidth, form.Strong);
            var detail = option.Detail is null ? 0 : form.Type.Measure(option.Detail, textWidth, form.Detail) + 1;
            yield return new Block(title + detail + ListOptionGap, (page, y) =>
            {
                form.AddCheckBox(page, control, form.Left, y + 1);
                form.Type.Draw(page, option.Label, form.Left + Indent, y, textWidth, form.Strong);
                if (option.Detail is not null)
                {
                    form.Type.Draw(page, option.Detail, form.Left + Indent, y + title + 1, textWidth, form.Detail);
                }
            });
        }

        yield return new Block(FormStyle.GapAfterBlock - ListOptionGap, (_, _) => { });
    }

    private static double OptionLine(FormContext form) => form.Type.Regular.LineHeight(form.Label.Size) + 5;

    /// <summary>Options side by side; bilingual labels read "中文 / English" on one line.</summary>
    private static string OptionText(FormContext form, CheckOption option) => option.Label.Get(form.Edition);

    /// <summary>Which row and x offset each option gets when they flow left to right.</summary>
    private static List<(int Index, int Row, double X)> Flow(FormContext form, CheckBoxGroupField field)
    {
        var placed = new List<(int, int, double)>();
        double x = 0;
        var row = 0;
        for (var i = 0; i < field.Options.Count; i++)
        {
            var width = Indent + form.Type.Width(OptionText(form, field.Options[i]), form.Label.Size);
            if (x > 0 && x + width > form.Width)
            {
                row++;
                x = 0;
            }

            placed.Add((i, row, x));
            x += width + OptionGap;
        }

        return placed;
    }
}
