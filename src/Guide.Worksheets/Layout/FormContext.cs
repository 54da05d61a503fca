using Guide.Pdf;

namespace Guide.Worksheets.Layout;

/// <summary>
/// What every field layout needs: the typesetter, the content column and the way controls are
/// put on the page. Box outlines are drawn into the page itself, so a blank form prints clearly
/// even from readers that skip form fields; writing lines live in the field's own appearance,
/// where typed text replaces them.
/// </summary>
internal sealed class FormContext(Typesetter type, double left, double width, WorksheetRenderOptions options)
{
    private readonly Dictionary<string, TextField> _textFields = new(StringComparer.Ordinal);

    public Typesetter Type { get; } = type;

    public double Left { get; } = left;

    public double Width { get; } = width;

    public WorksheetEdition Edition => Type.Edition;

    /// <summary>The words the form prints besides its definition's.</summary>
    public WorksheetWords Words => options.Words;

    public TextStyle Label { get; } = new(FormStyle.LabelSize, FormStyle.Ink, SecondarySize: FormStyle.SecondarySize);

    public TextStyle Strong { get; } = new(FormStyle.LabelSize, FormStyle.Ink, Bold: true, SecondarySize: FormStyle.SecondarySize);

    public TextStyle Detail { get; } = new(FormStyle.DetailSize, FormStyle.Muted, SecondarySize: FormStyle.SecondarySize - 0.5);

    /// <summary>The text fields placed so far, by name, for widgets that repeat them (the running header).</summary>
    public IReadOnlyDictionary<string, TextField> TextFields => _textFields;

    /// <summary>A framed text field: the frame in the page content, the field inside it.</summary>
    public void BoxedText(PdfPage page, FormControl control, double x, double y, double w, double h, double? ruleSpacing = null)
    {
        page.DrawRectangle(x, y, w, h, FormStyle.Box, null, FormStyle.BoxLineWidth);
        AddText(page, control, x + 1, y + 1, w - 2, h - 2, ruleSpacing);
    }

    /// <summary>A text field on a writing line (dates beside a signature).</summary>
    public void LinedText(PdfPage page, FormControl control, double x, double y, double w, double h)
    {
        page.DrawLine(x, y + h, x + w, y + h, FormStyle.BoxLineWidth, FormStyle.Box);
        AddText(page, control, x, y, w, h - 1, ruleSpacing: null);
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

    /// <summary>Radio buttons at the given top-left corners, one per option of <paramref name="control"/>.</summary>
    public void AddChoice(PdfPage page, FormControl control, IReadOnlyList<(double X, double Y)> corners)
    {
        var size = FormStyle.CheckBoxSize;
        page.AddRadioGroup(new RadioGroup(control.Name, [.. control.Options.Select((option, i) => new RadioButton(option, corners[i].X, corners[i].Y, size))])
        {
            Tooltip = control.TooltipFor(Edition),
            BorderColor = FormStyle.Box,
        });
    }

    private void AddText(PdfPage page, FormControl control, double x, double y, double w, double h, double? ruleSpacing)
    {
        var field = new TextField(control.Name, x, y, w, h, Type.Regular)
        {
            Tooltip = control.TooltipFor(Edition),
            // Every box wraps, even a one-line one: pdf.js sizes a one-line field by measuring the
            // unencoded text, which for a two-byte CJK font comes out far too short, so a long
            // entry runs past the box and is cut off in print; its multi-line layout measures right.
            Multiline = true,
            BorderColor = null,
            BackgroundColor = null,
            RuleSpacing = ruleSpacing,
            RuleColor = FormStyle.Rule,
            // Chinese names get typed into English forms too; MuPDF picks its Chinese font by this.
            Lang = Edition.PdfLanguage == options.TypingLanguage ? null : options.TypingLanguage,
        };
        page.AddTextField(field);
        _textFields[control.Name] = field;
    }
}
