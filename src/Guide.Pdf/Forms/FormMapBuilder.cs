using System.Globalization;
using Guide.Pdf.Objects;

namespace Guide.Pdf.Forms;

/// <summary>
/// Makes the <see cref="FormMap"/> of a written form: each field's objects without the entries a
/// filler sets. A filler rewrites /V on the field, and /AP (text) or /AS (buttons) on each widget;
/// where field and widget are one dictionary, both sets are left out of it.
/// </summary>
internal static class FormMapBuilder
{
    public static FormMap Build(IEnumerable<WrittenField> fields, Func<FieldFont, (string Name, PdfReference Reference)> typingFont,
        WrittenFile file, PdfReference root, PdfReference info) =>
        new(file.Size, file.StartXref, root.Number, info.Number, Convert.ToHexString(file.Id), [.. fields.Select(f => Field(f, typingFont))]);

    private static FieldMap Field(WrittenField written, Func<FieldFont, (string Name, PdfReference Reference)> typingFont)
    {
        // The keys a filler sets on a widget of this kind; on a merged dictionary, /V as well.
        var widgetKeys = written.Field is TextField ? new[] { "AP" } : ["AS"];
        MappedObject field;
        List<WidgetMap> widgets;
        if (written.Parent is { } parent)
        {
            field = new MappedObject(parent.Reference.Number, parent.Dictionary.TextWithout("V"));
            widgets = [.. written.Widgets.Select(w => Widget(written.Field, w, new MappedObject(w.Reference.Number, w.Dictionary.TextWithout(widgetKeys))))];
        }
        else
        {
            var only = written.Widgets.Single();
            field = new MappedObject(only.Reference.Number, only.Dictionary.TextWithout([.. widgetKeys, "V"]));
            widgets = [Widget(written.Field, only, annotation: null)];
        }

        switch (written.Field)
        {
            case TextField text:
                var (font, reference) = typingFont(text.TypingFont);
                return new TextFieldMap(text.Name, field, widgets)
                {
                    Font = font,
                    FontObject = reference.Number,
                    FontSize = text.FontSize,
                    Colour = FormWriter.Colour(text.TextColor),
                    Quadding = (int)text.Alignment,
                    Multiline = text.Multiline,
                    Inset = FieldAppearance.TextInset(text),
                    Padding = FieldAppearance.Padding,
                };
            case CheckBox box:
                return new CheckBoxMap(box.Name, field, widgets) { ExportValue = box.ExportValue };
            case RadioGroup group:
                return new RadioGroupMap(group.Name, field, widgets);
            default:
                throw new ArgumentException($"Unknown field type {written.Field.GetType().Name}.", nameof(written));
        }
    }

    private static WidgetMap Widget(FormField field, WrittenWidget widget, MappedObject? annotation) =>
        new(annotation, Round(widget.Box.Width), Round(widget.Box.Height))
        {
            OnState = widget.OnState,
            Frame = field is TextField text ? FieldAppearance.TextFrame(text, widget.Box.Width, widget.Box.Height) : "",
        };

    /// <summary>The /Rect numbers as the file writes them, so the appearance's /BBox matches the widget.</summary>
    private static double Round(double value) => double.Parse(PdfNumber.Format(value), CultureInfo.InvariantCulture);
}
