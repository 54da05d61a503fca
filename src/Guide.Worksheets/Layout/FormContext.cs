using Guide.Pdf;

namespace Guide.Worksheets.Layout;

/// <summary>
/// What every field layout needs: the typesetter, the content column and the way controls are
/// put on the page. Boxes and lines are drawn into the page itself, not only into the field
/// appearances, so a blank form prints clearly even from readers that skip form fields.
/// </summary>
internal sealed class FormContext(Typesetter type, double left, double width)
{
    public Typesetter Type { get; } = type;

    public double Left { get; } = left;

    public double Width { get; } = width;

    public WorksheetEdition Edition => Type.Edition;

    public TextStyle Label { get; } = new(FormStyle.LabelSize, FormStyle.Ink, SecondarySize: FormStyle.SecondarySize);

    public TextStyle Strong { get; } = new(FormStyle.LabelSize, FormStyle.Ink, Bold: true, SecondarySize: FormStyle.SecondarySize);

    public TextStyle Detail { get; } = new(FormStyle.DetailSize, FormStyle.Muted, SecondarySize: FormStyle.SecondarySize - 0.5);

    /// <summary>A framed text field: the frame in the page content, the field inside it.</summary>
    public void BoxedText(PdfPage page, FormControl control, double x, double y, double w, double h, double fontSize = FormStyle.FieldTextSize)
    {
        page.DrawRectangle(x, y, w, h, FormStyle.Box, null, FormStyle.BoxLineWidth);
        AddText(page, control, x + 1, y + 1, w - 2, h - 2, fontSize);
    }

    /// <summary>A text field on a writing line (signatures, dates).</summary>
    public void LinedText(PdfPage page, FormControl control, double x, double y, double w, double h)
    {
        page.DrawLine(x, y + h, x + w, y + h, FormStyle.BoxLineWidth, FormStyle.Box);
        AddText(page, control, x, y, w, h - 1, FormStyle.FieldTextSize);
    }

    public void AddText(PdfPage page, FormControl control, double x, double y, double w, double h, double fontSize)
    {
        page.AddTextField(new TextField(control.Name, x, y, w, h, Type.Regular, fontSize)
        {
            Tooltip = control.TooltipFor(Edition),
            Multiline = control.Multiline,
            BorderColor = null,
            BackgroundColor = null,
        });
    }

    public void AddCheckBox(PdfPage page, FormControl control, double x, double y)
    {
        page.DrawRectangle(x, y, FormStyle.CheckBoxSize, FormStyle.CheckBoxSize, FormStyle.Box, null, FormStyle.BoxLineWidth);
        page.AddCheckBox(new CheckBox(control.Name, x, y, FormStyle.CheckBoxSize)
        {
            Tooltip = control.TooltipFor(Edition),
            BorderColor = FormStyle.Box,
            BackgroundColor = null,
        });
    }
}
