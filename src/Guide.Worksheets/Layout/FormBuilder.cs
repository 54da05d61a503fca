namespace Guide.Worksheets.Layout;

/// <summary>Turns a worksheet's sections into the sequence of blocks the page flow places.</summary>
internal static class FormBuilder
{
    /// <summary>
    /// The blocks of every section. A field with a part taller than <paramref name="maxHeight"/>
    /// cannot fit on any page; it is still placed, and <paramref name="tooTall"/> hears about it.
    /// </summary>
    public static List<Block> Blocks(FormContext form, Worksheet worksheet, double maxHeight, Action<WorksheetField> tooTall)
    {
        var blocks = new List<Block>();
        foreach (var section in worksheet.Sections)
        {
            blocks.Add(Heading(form, section.Heading));
            var pending = new List<SingleLineField>();
            foreach (var field in section.Fields)
            {
                if (field is SingleLineField line)
                {
                    pending.Add(line);
                    if (pending.Count == section.Columns)
                    {
                        blocks.Add(TextFieldLayout.Row(form, pending));
                        pending = [];
                    }

                    continue;
                }

                if (pending.Count > 0)
                {
                    blocks.Add(TextFieldLayout.Row(form, pending));
                    pending = [];
                }

                List<Block> fieldBlocks = field switch
                {
                    MultiLineField lines => [TextFieldLayout.Lines(form, lines)],
                    CheckBoxGroupField group => [.. CheckBoxLayout.Blocks(form, group)],
                    TableField table => [.. TableLayout.Blocks(form, table)],
                    SignatureField signatures => [SignatureLayout.Block(form, signatures)],
                    _ => [],
                };
                if (fieldBlocks.Any(b => b.Height > maxHeight))
                {
                    tooTall(field);
                }

                blocks.AddRange(fieldBlocks);
            }

            if (pending.Count > 0)
            {
                blocks.Add(TextFieldLayout.Row(form, pending));
            }
        }

        return blocks;
    }

    /// <summary>A section heading with a rule under it; it never ends a page on its own.</summary>
    private static Block Heading(FormContext form, LocalizedText heading)
    {
        var style = new TextStyle(FormStyle.HeadingSize, FormStyle.Accent, Bold: true, SecondarySize: FormStyle.LabelSize, SecondaryColor: FormStyle.Accent);
        var height = form.Type.Measure(heading, form.Width, style);
        return new Block(FormStyle.GapBeforeHeading + height + 3 + FormStyle.GapAfterHeading, (page, y) =>
        {
            var top = y + FormStyle.GapBeforeHeading;
            form.Type.Draw(page, heading, form.Left, top, form.Width, style);
            page.DrawLine(form.Left, top + height + 2, form.Left + form.Width, top + height + 2, 0.8, FormStyle.Accent);
        })
        { KeepWithNext = true };
    }
}
