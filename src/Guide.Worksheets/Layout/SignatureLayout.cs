namespace Guide.Worksheets.Layout;

/// <summary>
/// What the signers confirm, then per signer a line to sign on by hand and a date field. The
/// signature is not a text field: a typed name is not a signature, and the record is signed on paper.
/// </summary>
internal static class SignatureLayout
{
    /// <summary>Space to sign in: 12 mm above the line.</summary>
    private const double SigningHeight = 34;

    public static Block Block(FormContext form, SignatureField field)
    {
        var controls = FormControls.Of(field, form.Words).ToList();
        var label = form.Type.Measure(field.Label, form.Width, form.Strong) + FormStyle.LabelGap;
        var who = form.Width * 0.14;
        var dateLine = form.Width * 0.2;
        var word = Math.Max(form.Type.Width(form.Words.Signature, form.Label), form.Type.Width(form.Words.Date, form.Label)) + 6;
        var signatureLine = form.Width - who - 2 * word - dateLine - 16;
        var height = label + field.Signers.Count * SigningHeight;
        return new Block(height + FormStyle.GapAfterBlock, (page, y) =>
        {
            form.Type.Draw(page, field.Label, form.Left, y, form.Width, form.Strong);
            for (var i = 0; i < field.Signers.Count; i++)
            {
                var bottom = y + label + (i + 1) * SigningHeight;
                var textTop = bottom - Typesetter.LineHeight(form.Label.Size) - 2;
                var x = form.Left;
                form.Type.Draw(page, field.Signers[i].Label, x, textTop, who - 4, form.Strong);
                x += who;
                form.Type.Draw(page, form.Words.Signature, x, textTop, word, form.Label);
                x += word;
                page.DrawLine(x, bottom, x + signatureLine, bottom, FormStyle.BoxLineWidth, FormStyle.Box);
                x += signatureLine + 16;
                form.Type.Draw(page, form.Words.Date, x, textTop, word, form.Label);
                x += word;
                form.LinedText(page, controls[i], x, bottom - FormStyle.FieldHeight, dateLine, FormStyle.FieldHeight);
            }
        });
    }
}
