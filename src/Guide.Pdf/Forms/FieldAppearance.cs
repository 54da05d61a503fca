using Guide.Pdf.Fonts;
using Guide.Pdf.Objects;

namespace Guide.Pdf.Forms;

/// <summary>
/// Appearance streams (form XObjects, ISO 32000-1 §12.5.5) for fields. Every field carries its
/// own, so readers draw them as written instead of regenerating them; NeedAppearances is never
/// set because regenerating makes some readers (Acrobat, macOS Preview) substitute fonts and
/// garble Chinese.
/// </summary>
internal static class FieldAppearance
{
    /// <summary>Background, border, and the value (if any) inside a <c>/Tx BMC … EMC</c> block.</summary>
    public static PdfStream Text(TextField field, FontUsage font, PdfReference fontReference)
    {
        var content = Frame(field.Width, field.Height, field.BackgroundColor, field.BorderColor, field.BorderWidth);
        content.BeginMarkedContent("Tx");
        if (!string.IsNullOrEmpty(field.Value))
        {
            var inset = field.BorderColor is null ? 0 : field.BorderWidth;
            var pad = inset + 2;
            content.SaveState().Rectangle(inset, inset, field.Width - 2 * inset, field.Height - 2 * inset).Clip();
            var lines = field.Multiline
                ? Layout.LineBreaker.Wrap(field.Value, field.Font, field.FontSize, field.Width - 2 * pad)
                : [field.Value.ReplaceLineEndings(" ")];
            var ascent = field.Font.Ascent(field.FontSize);
            var descent = field.Font.Descent(field.FontSize);
            var baseline = field.Multiline ? field.Height - pad - ascent : (field.Height - ascent - descent) / 2 + descent;
            foreach (var line in lines)
            {
                var width = field.Font.Measure(line, field.FontSize);
                var x = field.Alignment switch
                {
                    TextAlign.Center => (field.Width - width) / 2,
                    TextAlign.Right => field.Width - pad - width,
                    _ => pad,
                };
                TextPainter.Show(content, font, line, x, baseline, field.FontSize, field.TextColor, syntheticBold: false);
                baseline -= field.Font.LineHeight(field.FontSize);
            }

            content.RestoreState();
        }

        content.EndMarkedContent();
        return Form(content, field.Width, field.Height, new PdfDictionary { { font.ResourceName, fontReference } });
    }

    /// <summary>A check box's look: <paramref name="on"/> adds a tick; <paramref name="down"/> darkens the background while pressed.</summary>
    public static PdfStream Check(CheckBox box, bool on, bool down)
    {
        var s = box.Size;
        var background = down ? PdfColor.LightGray : box.BackgroundColor;
        var content = Frame(s, s, background, box.BorderColor, Math.Max(0.75, s * 0.06));
        if (on)
        {
            content.SaveState().StrokeColor(box.CheckColor).LineWidth(s * 0.1).LineCap(1).LineJoin(1)
                .MoveTo(s * 0.22, s * 0.52).LineTo(s * 0.42, s * 0.3).LineTo(s * 0.78, s * 0.74).Stroke()
                .RestoreState();
        }

        return Form(content, s, s, fonts: null);
    }

    private static ContentBuilder Frame(double width, double height, PdfColor? background, PdfColor? border, double borderWidth)
    {
        var content = new ContentBuilder();
        if (background is not null)
        {
            content.SaveState().FillColor(background).Rectangle(0, 0, width, height).Fill().RestoreState();
        }

        if (border is not null && borderWidth > 0)
        {
            var half = borderWidth / 2;
            content.SaveState().StrokeColor(border).LineWidth(borderWidth)
                .Rectangle(half, half, width - borderWidth, height - borderWidth).Stroke().RestoreState();
        }

        return content;
    }

    private static PdfStream Form(ContentBuilder content, double width, double height, PdfDictionary? fonts)
    {
        var stream = PdfStream.Compressed(content.ToBytes());
        stream["Type"] = new PdfName("XObject");
        stream["Subtype"] = new PdfName("Form");
        stream["BBox"] = PdfArray.Numbers(0, 0, width, height);
        var resources = new PdfDictionary();
        if (fonts is not null)
        {
            resources["Font"] = fonts;
        }

        stream["Resources"] = resources;
        return stream;
    }
}
