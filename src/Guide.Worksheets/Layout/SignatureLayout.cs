namespace Guide.Worksheets.Layout;

/// <summary>A signature line and a date line per signer, under the field's label.</summary>
internal static class SignatureLayout
{
    public static Block Block(FormContext form, SignatureField field)
    {
        var controls = FormControls.Of(field).ToList();
        var label = form.Type.Measure(field.Label, form.Width, form.Label) + FormStyle.LabelGap + 4;
        var who = form.Width * 0.16;
        var word = form.Width * (form.Edition.IsBilingual ? 0.11 : 0.08);
        var dateLine = form.Width * 0.2;
        var signatureLine = form.Width - who - 2 * word - dateLine - 12;
        var lineHeight = Math.Max(FormStyle.FieldHeight + 4,
            form.Type.Measure(FormWords.Signature, word, form.Label) + 4);
        var height = label + field.Signers.Count * (lineHeight + 6);
        return new Block(height + FormStyle.GapAfterBlock, (page, y) =>
        {
            form.Type.Draw(page, field.Label, form.Left, y, form.Width, form.Label);
            for (var i = 0; i < field.Signers.Count; i++)
            {
                var top = y + label + i * (lineHeight + 6);
                var x = form.Left;
                form.Type.Draw(page, field.Signers[i].Label, x, top + 4, who - 4, form.Strong);
                x += who;
                form.Type.Draw(page, FormWords.Signature, x, top + 4, word, form.Label);
                x += word;
                form.LinedText(page, controls[2 * i], x, top, signatureLine, lineHeight);
                x += signatureLine + 12;
                form.Type.Draw(page, FormWords.Date, x, top + 4, word, form.Label);
                x += word;
                form.LinedText(page, controls[(2 * i) + 1], x, top, dateLine, lineHeight);
            }
        });
    }
}
