using System.Globalization;
using Guide.Pdf.Fonts;
using Guide.Pdf.Objects;

namespace Guide.Pdf.Forms;

/// <summary>
/// Writes each field as one dictionary that is both the terminal field and its widget
/// annotation (ISO 32000-1 §12.7.3.1 allows merging them when a field has a single widget).
/// </summary>
internal static class FieldWriter
{
    private const int MultilineFlag = 1 << 12; // bit 13 of /Ff for text fields
    private const int PrintFlag = 4; // /F bit 3: without it, filled forms print blank in Acrobat

    public static PdfReference Write(ObjectTable objects, object field, PdfPage page, PdfReference pageReference, Func<FontUsage, PdfReference> fontReference) =>
        field switch
        {
            TextField text => objects.Add(Text(objects, text, page, pageReference, fontReference)),
            CheckBox box => objects.Add(Check(objects, box, page, pageReference)),
            _ => throw new ArgumentException($"Unknown field type {field.GetType().Name}.", nameof(field)),
        };

    private static PdfDictionary Text(ObjectTable objects, TextField field, PdfPage page, PdfReference pageReference, Func<FontUsage, PdfReference> fontReference)
    {
        var font = page.Document.Use(field.Font);
        var widget = Widget(field.Name, field.Tooltip, TabOrder.Bounds(field), page, pageReference);
        widget["FT"] = new PdfName("Tx");
        if (field.Multiline)
        {
            widget["Ff"] = MultilineFlag;
        }

        widget["DA"] = PdfString.Ascii(DefaultAppearance(font, field.FontSize, field.TextColor));
        widget["Q"] = (int)field.Alignment;
        if (field.MaxLength is { } max)
        {
            widget["MaxLen"] = max;
        }

        if (!string.IsNullOrEmpty(field.Value))
        {
            // Text fields store line breaks as CR, the form Acrobat writes when a user presses Enter.
            widget["V"] = PdfString.Text(field.Value.ReplaceLineEndings("\r"));
        }

        widget["MK"] = Characteristics(field.BorderColor, field.BackgroundColor);
        if (field.BorderColor is not null)
        {
            widget["BS"] = new PdfDictionary { { "W", field.BorderWidth }, { "S", new PdfName("S") } };
        }

        widget["AP"] = new PdfDictionary { { "N", objects.Add(FieldAppearance.Text(field, font, fontReference(font))) } };
        return widget;
    }

    private static PdfDictionary Check(ObjectTable objects, CheckBox box, PdfPage page, PdfReference pageReference)
    {
        var widget = Widget(box.Name, box.Tooltip, TabOrder.Bounds(box), page, pageReference);
        var state = new PdfName(box.Checked ? box.ExportValue : "Off");
        widget["FT"] = new PdfName("Btn");
        widget["V"] = state;
        widget["AS"] = state;
        widget["MK"] = Characteristics(box.BorderColor, box.BackgroundColor);

        PdfDictionary States(bool down) => new()
        {
            { box.ExportValue, objects.Add(FieldAppearance.Check(box, on: true, down)) },
            { "Off", objects.Add(FieldAppearance.Check(box, on: false, down)) },
        };
        widget["AP"] = new PdfDictionary { { "N", States(down: false) }, { "D", States(down: true) } };
        return widget;
    }

    private static PdfDictionary Widget(string name, string tooltip, TabOrder.Box box, PdfPage page, PdfReference pageReference) => new()
    {
        { "Type", new PdfName("Annot") },
        { "Subtype", new PdfName("Widget") },
        { "Rect", PdfArray.Numbers(box.X, page.Height - box.Y - box.Height, box.X + box.Width, page.Height - box.Y) },
        { "F", PrintFlag },
        { "P", pageReference },
        { "T", PdfString.Text(name) },
        { "TU", PdfString.Text(tooltip) },
    };

    /// <summary>/MK colours, used by readers that redraw a field while it is being edited.</summary>
    private static PdfDictionary Characteristics(PdfColor? border, PdfColor? background)
    {
        var mk = new PdfDictionary();
        if (border is not null)
        {
            mk["BC"] = PdfArray.Numbers(border.R, border.G, border.B);
        }

        if (background is not null)
        {
            mk["BG"] = PdfArray.Numbers(background.R, background.G, background.B);
        }

        return mk;
    }

    /// <summary>The /DA string: font resource and size, then the fill colour (§12.7.3.3).</summary>
    internal static string DefaultAppearance(FontUsage font, double size, PdfColor color)
    {
        var colour = color.R == color.G && color.G == color.B
            ? $"{PdfNumber.Format(color.R)} g"
            : $"{PdfNumber.Format(color.R)} {PdfNumber.Format(color.G)} {PdfNumber.Format(color.B)} rg";
        return string.Create(CultureInfo.InvariantCulture, $"/{font.ResourceName} {PdfNumber.Format(size)} Tf {colour}");
    }
}
