namespace Guide.Worksheets.Layout;

/// <summary>
/// Check box groups and choices. Short options flow side by side under the label; options with a
/// detail (the nine steps of W6, the SMART letters of W4) stack one per row. Check boxes of a long
/// list are one block each so none is split; a choice is one block, because its radio buttons are
/// one field and stay on one page.
/// </summary>
internal static class OptionLayout
{
    private const double BoxToText = 4.5;
    private const double OptionGap = 14;
    private const double Indent = FormStyle.CheckBoxSize + BoxToText;
    private const double ListOptionGap = 3;

    public static IEnumerable<Block> Blocks(FormContext form, CheckBoxGroupField field)
    {
        var controls = FormControls.Of(field, form.Words).ToList();
        if (!field.IsList)
        {
            yield return Inline(form, field.Label, field.Options, (page, i, x, y) => form.AddCheckBox(page, controls[i], x, y));
            yield break;
        }

        var label = LabelHeight(form, field.Label);
        yield return new Block(label, (page, y) => form.Type.Draw(page, field.Label, form.Left, y, form.Width, form.Label)) { KeepWithNext = true };
        for (var i = 0; i < field.Options.Count; i++)
        {
            var index = i;
            var height = ListOptionHeight(form, field.Options[i]);
            yield return new Block(height + ListOptionGap, (page, y) =>
            {
                form.AddCheckBox(page, controls[index], form.Left, y + 1);
                DrawListOption(form, page, field.Options[index], y);
            });
        }

        yield return new Block(FormStyle.GapAfterBlock - ListOptionGap, (_, _) => { });
    }

    public static Block Block(FormContext form, ChoiceField field)
    {
        var control = FormControls.Of(field, form.Words).Single();
        var corners = new List<(double, double)>();
        if (!field.IsList)
        {
            return Inline(form, field.Label, field.Options, (page, i, x, y) =>
            {
                corners.Add((x, y));
                if (corners.Count == field.Options.Count)
                {
                    form.AddChoice(page, control, corners);
                }
            });
        }

        var label = LabelHeight(form, field.Label);
        var heights = field.Options.Select(o => ListOptionHeight(form, o) + ListOptionGap).ToList();
        return new Block(label + heights.Sum() + FormStyle.GapAfterBlock - ListOptionGap, (page, y) =>
        {
            form.Type.Draw(page, field.Label, form.Left, y, form.Width, form.Label);
            var top = y + label;
            for (var i = 0; i < field.Options.Count; i++)
            {
                corners.Add((form.Left, top + 1));
                DrawListOption(form, page, field.Options[i], top);
                top += heights[i];
            }

            form.AddChoice(page, control, corners);
        });
    }

    /// <summary>The label, then the options side by side, wrapping to further rows; <paramref name="addControl"/> puts the box or button.</summary>
    private static Block Inline(FormContext form, LocalizedText label, IReadOnlyList<CheckOption> options, Action<Pdf.PdfPage, int, double, double> addControl)
    {
        var labelHeight = LabelHeight(form, label);
        var rows = Flow(form, options);
        var line = OptionLine(form);
        var height = labelHeight + (rows.Max(r => r.Row) + 1) * line;
        return new Block(height + FormStyle.GapAfterBlock, (page, y) =>
        {
            form.Type.Draw(page, label, form.Left, y, form.Width, form.Label);
            foreach (var (index, row, x) in rows)
            {
                var top = y + labelHeight + row * line;
                addControl(page, index, form.Left + x, top);
                form.Type.Draw(page, options[index].Label, form.Left + x + Indent, top - 0.5, form.Width - x - Indent, form.Label);
            }
        });
    }

    private static double LabelHeight(FormContext form, LocalizedText label) =>
        form.Type.Measure(label, form.Width, form.Label) + FormStyle.LabelGap + 1;

    private static double ListOptionHeight(FormContext form, CheckOption option)
    {
        var textWidth = form.Width - Indent;
        var title = form.Type.Measure(option.Label, textWidth, form.Strong);
        return title + (option.Detail is null ? 0 : form.Type.Measure(option.Detail, textWidth, form.Detail) + 0.5);
    }

    private static void DrawListOption(FormContext form, Pdf.PdfPage page, CheckOption option, double y)
    {
        var textWidth = form.Width - Indent;
        var title = form.Type.Draw(page, option.Label, form.Left + Indent, y, textWidth, form.Strong);
        if (option.Detail is not null)
        {
            form.Type.Draw(page, option.Detail, form.Left + Indent, y + title + 0.5, textWidth, form.Detail);
        }
    }

    private static double OptionLine(FormContext form) => Typesetter.LineHeight(form.Label.Size) + 5;

    /// <summary>Which row and x offset each option gets when they flow left to right.</summary>
    private static List<(int Index, int Row, double X)> Flow(FormContext form, IReadOnlyList<CheckOption> options)
    {
        var placed = new List<(int, int, double)>();
        double x = 0;
        var row = 0;
        for (var i = 0; i < options.Count; i++)
        {
            var width = Indent + form.Type.Width(options[i].Label, form.Label);
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
