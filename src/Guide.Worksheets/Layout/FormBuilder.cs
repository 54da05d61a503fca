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
        var headings = new HashSet<int>();
        var signatures = new List<int>();
        foreach (var section in worksheet.Sections)
        {
            headings.Add(blocks.Count);
            blocks.Add(Heading(form, section.Heading));
            var pendingText = new List<SingleLineField>();
            var pendingLines = new List<MultiLineField>();
            void Flush()
            {
                if (pendingText.Count > 0)
                {
                    blocks.Add(TextFieldLayout.Row(form, pendingText));
                    pendingText = [];
                }

                if (pendingLines.Count > 0)
                {
                    var block = TextFieldLayout.Lines(form, pendingLines);
                    if (block.Height > maxHeight)
                    {
                        tooTall(pendingLines[0]);
                    }

                    blocks.Add(block);
                    pendingLines = [];
                }
            }

            foreach (var field in section.Fields)
            {
                // With two_columns, consecutive one-line fields pair up, and so do consecutive boxes of lines;
                // they wait in the pending lists. Any other field first places what is pending.
                List<Block> Placed(Func<List<Block>> make)
                {
                    Flush();
                    return make();
                }

                var fieldBlocks = field.Match<List<Block>?>(
                    text: line =>
                    {
                        if (pendingLines.Count > 0)
                        {
                            Flush();
                        }

                        pendingText.Add(line);
                        if (pendingText.Count == section.Columns)
                        {
                            Flush();
                        }

                        return null;
                    },
                    lines: box =>
                    {
                        if (pendingText.Count > 0)
                        {
                            Flush();
                        }

                        pendingLines.Add(box);
                        if (pendingLines.Count == section.Columns)
                        {
                            Flush();
                        }

                        return null;
                    },
                    checkBoxes: group => Placed(() => [.. OptionLayout.Blocks(form, group)]),
                    choice: choice => Placed(() => [OptionLayout.Block(form, choice)]),
                    table: table => Placed(() => [.. TableLayout.Blocks(form, table)]),
                    signatures: signature => Placed(() => [SignatureLayout.Block(form, signature)]));
                if (fieldBlocks is null)
                {
                    continue;
                }

                if (fieldBlocks.Any(b => b.Height > maxHeight))
                {
                    tooTall(field);
                }

                if (field is SignatureField)
                {
                    signatures.Add(blocks.Count);
                }

                blocks.AddRange(fieldBlocks);
            }

            Flush();
        }

        foreach (var at in signatures)
        {
            // What is signed stays with the signatures: the block before them, or before their heading.
            var before = headings.Contains(at - 1) ? at - 2 : at - 1;
            if (before >= 0)
            {
                blocks[before] = blocks[before] with { KeepWithNext = true };
            }
        }

        if (blocks.Count > 1)
        {
            // The last block never goes to a page on its own.
            blocks[^2] = blocks[^2] with { KeepWithNext = true };
        }

        return blocks;
    }

    /// <summary>A section heading with a rule under it; it never ends a page on its own.</summary>
    private static Block Heading(FormContext form, LocalizedText heading)
    {
        var style = new TextStyle(FormStyle.HeadingSize, FormStyle.Accent, Bold: true, SecondarySize: FormStyle.LabelSize, SecondaryColor: FormStyle.Accent);
        var height = form.Type.Measure(heading, form.Width, style);
        return new Block(FormStyle.GapBeforeHeading + height + 2 + FormStyle.GapAfterHeading, (page, y) =>
        {
            var top = y + FormStyle.GapBeforeHeading;
            form.Type.Draw(page, heading, form.Left, top, form.Width, style);
            page.DrawLine(form.Left, top + height + 1.5, form.Left + form.Width, top + height + 1.5, 0.8, FormStyle.Accent);
        })
        { KeepWithNext = true };
    }
}
