using Guide.Pdf.Fonts;
using Guide.Pdf.Layout;
using Guide.Pdf.Objects;

namespace Guide.Pdf.Forms;

/// <summary>
/// Appearance streams (form XObjects, ISO 32000-1 §12.5.5) for widgets. Every widget carries its
/// own, so readers draw them as written; NeedAppearances is never set, because a reader that
/// regenerates every field on opening drops what it cannot encode.
/// </summary>
internal static class FieldAppearance
{
    /// <summary>The space between a text field's clip and its text.</summary>
    public const double Padding = 2;
    private const double LargestAutoSize = 12;
    private const double SmallestAutoSize = 4;

    /// <summary>
    /// Background and border, then inside <c>/Tx BMC … EMC</c> (the part a reader replaces when the
    /// value changes, §12.7.3.3) the writing lines and the value, if any, in the embedded font.
    /// </summary>
    public static PdfStream Text(TextField field, double width, double height, FontUsage font, PdfReference fontReference)
    {
        var content = Frame(width, height, field.BackgroundColor, field.BorderColor, field.BorderWidth);
        content.BeginMarkedContent("Tx");
        var inset = TextInset(field);
        content.SaveState().Rectangle(inset, inset, width - 2 * inset, height - 2 * inset).Clip();
        var rules = Rules(field, width, height, inset, content);
        if (!string.IsNullOrEmpty(field.Value))
        {
            DrawValue(field, field.Value, width, height, inset, rules, font, content);
        }

        content.RestoreState().EndMarkedContent();
        return Form(content, width, height, new PdfDictionary { { font.ResourceName, fontReference } });
    }

    /// <summary>
    /// What a text field's appearance draws before its variable text (background and border), as
    /// operators, for a filler that writes the rest (<see cref="FormMap"/>).
    /// </summary>
    public static string TextFrame(TextField field, double width, double height) =>
        System.Text.Encoding.ASCII.GetString(Frame(width, height, field.BackgroundColor, field.BorderColor, field.BorderWidth).ToBytes());

    /// <summary>The border width inside which a text field's variable text is clipped.</summary>
    public static double TextInset(TextField field) => field.BorderColor is null ? 0 : field.BorderWidth;

    /// <summary>A check box: <paramref name="on"/> adds a tick; <paramref name="down"/> darkens the background while pressed.</summary>
    public static PdfStream Check(double size, PdfColor border, PdfColor? background, PdfColor tick, bool on, bool down)
    {
        var s = size;
        var content = Frame(s, s, down ? PdfColor.LightGray : background, border, Math.Max(0.75, s * 0.06));
        if (on)
        {
            content.SaveState().StrokeColor(tick).LineWidth(s * 0.1).LineCap(1).LineJoin(1)
                .MoveTo(s * 0.22, s * 0.52).LineTo(s * 0.42, s * 0.3).LineTo(s * 0.78, s * 0.74).Stroke()
                .RestoreState();
        }

        return Form(content, s, s, fonts: null);
    }

    /// <summary>A radio button: a ring, with a dot when <paramref name="on"/>.</summary>
    public static PdfStream Radio(double size, PdfColor border, PdfColor? background, PdfColor dot, bool on, bool down)
    {
        var r = size / 2;
        var line = Math.Max(0.75, size * 0.06);
        var content = new ContentBuilder();
        var fill = down ? PdfColor.LightGray : background;
        if (fill is not null)
        {
            content.SaveState().FillColor(fill).Circle(r, r, r - line / 2).Fill().RestoreState();
        }

        content.SaveState().StrokeColor(border).LineWidth(line).Circle(r, r, r - line / 2).Stroke().RestoreState();
        if (on)
        {
            content.SaveState().FillColor(dot).Circle(r, r, r * 0.45).Fill().RestoreState();
        }

        return Form(content, size, size, fonts: null);
    }

    /// <summary>Draws the writing lines and returns their heights above the bottom edge, top first.</summary>
    private static List<double> Rules(TextField field, double width, double height, double inset, ContentBuilder content)
    {
        var rules = new List<double>();
        if (field.RuleSpacing is not { } spacing)
        {
            return rules;
        }

        // The box's own bottom edge serves as the last line, so no rule runs just above it.
        for (var y = height - spacing; y > inset + spacing / 2; y -= spacing)
        {
            rules.Add(y);
        }

        if (rules.Count > 0)
        {
            content.SaveState().StrokeColor(field.RuleColor).LineWidth(0.35);
            foreach (var y in rules)
            {
                content.MoveTo(inset + Padding, y).LineTo(width - inset - Padding, y);
            }

            content.Stroke().RestoreState();
        }

        return rules;
    }

    /// <summary>
    /// The value in the field's size, or for auto size (0) the largest size up to 12 pt at which it
    /// fits; on writing lines each text line sits on a rule.
    /// </summary>
    private static void DrawValue(TextField field, string value, double width, double height, double inset, List<double> rules, FontUsage usage, ContentBuilder content)
    {
        var face = field.Font;
        var pad = inset + Padding;
        var lineWidth = width - 2 * pad;
        double size;
        List<string> lines;
        if (!field.Multiline)
        {
            lines = [value.ReplaceLineEndings(" ")];
            size = field.FontSize > 0 ? field.FontSize : Fit(s => face.Measure(lines[0], s) <= lineWidth && face.LineHeight(s) <= height - 2 * inset);
        }
        else
        {
            var spacing = field.RuleSpacing ?? 0;
            size = field.FontSize > 0 ? field.FontSize : Fit(s =>
            {
                var wrapped = LineBreaker.Wrap(value, face, s, lineWidth);
                return rules.Count > 0
                    ? wrapped.Count <= rules.Count && face.Ascent(s) + face.Descent(s) <= spacing
                    : wrapped.Count * face.LineHeight(s) <= height - 2 * pad;
            });
            lines = LineBreaker.Wrap(value, face, size, lineWidth);
        }

        var baselines = field.Multiline && rules.Count >= lines.Count
            ? rules.Take(lines.Count).Select(r => r + face.Descent(size) * 0.6).ToList()
            : Baselines(field, lines.Count, height, pad, face, size);
        for (var i = 0; i < lines.Count; i++)
        {
            var measured = face.Measure(lines[i], size);
            var x = field.Alignment switch
            {
                TextAlign.Center => (width - measured) / 2,
                TextAlign.Right => width - pad - measured,
                _ => pad,
            };
            TextPainter.Show(content, usage, lines[i], x, baselines[i], size, field.TextColor, syntheticBold: false);
        }
    }

    private static List<double> Baselines(TextField field, int count, double height, double pad, PdfFont face, double size)
    {
        var ascent = face.Ascent(size);
        var descent = face.Descent(size);
        var first = field.Multiline ? height - pad - ascent : (height - ascent - descent) / 2 + descent;
        return [.. Enumerable.Range(0, count).Select(i => first - i * face.LineHeight(size))];
    }

    /// <summary>The largest size from 12 pt down in half points that <paramref name="fits"/>, or the smallest.</summary>
    private static double Fit(Func<double, bool> fits)
    {
        for (var size = LargestAutoSize; size > SmallestAutoSize; size -= 0.5)
        {
            if (fits(size))
            {
                return size;
            }
        }

        return SmallestAutoSize;
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
