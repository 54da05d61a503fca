using System.Globalization;
using Guide.Pdf.Fonts;
using Guide.Pdf.Objects;

namespace Guide.Pdf.Forms;

/// <summary>
/// Writes the document's fields and their widget annotations (ISO 32000-1 §12.7) and the
/// interactive form dictionary. A field with one widget is one dictionary that is both (§12.7.3.1
/// allows merging them); a radio group or a text field shown in several places is a field with /Kids.
/// </summary>
internal sealed class FormWriter(ObjectTable objects, Func<PdfFont, PdfReference> embeddedFont, Func<PdfFont, FontUsage> usage)
{
    private const int MultilineFlag = 1 << 12; // text fields, bit 13 of /Ff
    private const int NoToggleToOffFlag = 1 << 14; // radio buttons, bit 15: clicking the chosen one leaves it on
    private const int RadioFlag = 1 << 15; // buttons, bit 16
    private const int PrintFlag = 4; // /F bit 3: without it, filled forms print blank in Acrobat
    private const string DingbatsName = "ZaDb";

    /// <summary>
    /// The resource name of the first typing font. PDFium (Chrome, Edge) files ≤, → and other
    /// symbols under its ANSI charset, types them in a Latin system font, and drops them when that
    /// font lacks them, unless a font it knows under this alias can (cpdf_bafontmap.cpp,
    /// GetWordFontIndex, last resort "Arial Unicode MS" with the default charset). So named, the
    /// last resort is the typing font, which has them all.
    /// </summary>
    private const string TypingFontName = "ArialUnicodeMS_01";

    private readonly Dictionary<FormField, Entry> _entries = new(ReferenceEqualityComparer.Instance);
    private readonly List<Entry> _order = [];
    private readonly List<(FieldFont Font, string Name, PdfReference Reference)> _typingFonts = [];
    private PdfReference? _dingbats;

    /// <summary>Counts each field's widgets, so fields shown once are merged with their widget.</summary>
    public void Prepare(IEnumerable<Widget> widgets)
    {
        foreach (var widget in widgets)
        {
            if (!_entries.TryGetValue(widget.Field, out var entry))
            {
                entry = new Entry(widget.Field);
                _entries.Add(widget.Field, entry);
            }

            entry.WidgetCount++;
        }

        foreach (var entry in _entries.Values.Where(e => e.Field is RadioGroup || e.WidgetCount > 1))
        {
            entry.Parent = objects.Allocate();
        }
    }

    /// <summary>Writes one widget of a page and returns its reference for /Annots.</summary>
    public PdfReference Widget(Widget widget, PdfPage page, PdfReference pageReference)
    {
        var entry = _entries[widget.Field];
        if (!entry.Listed)
        {
            entry.Listed = true;
            _order.Add(entry);
        }

        var box = widget.Box;
        var annotation = new PdfDictionary
        {
            { "Type", new PdfName("Annot") },
            { "Subtype", new PdfName("Widget") },
            { "Rect", PdfArray.Numbers(box.X, page.Height - box.Y - box.Height, box.X + box.Width, page.Height - box.Y) },
            { "F", PrintFlag },
            { "P", pageReference },
        };
        var field = entry.Parent is null ? annotation : new PdfDictionary();
        switch (widget.Field)
        {
            case TextField text:
                TextWidget(annotation, text, box);
                TextField(field, text);
                break;
            case CheckBox check:
                CheckWidget(annotation, check);
                CheckField(field, check);
                break;
            case RadioGroup radio:
                RadioWidget(annotation, radio, widget.OnState!, box.Width);
                RadioField(field, radio);
                break;
            default:
                throw new ArgumentException($"Unknown field type {widget.Field.GetType().Name}.", nameof(widget));
        }

        var reference = objects.Add(annotation);
        entry.Kids.Add(reference);
        entry.Written.Add(new WrittenWidget(reference, annotation, box, widget.OnState));
        if (entry.Parent is { } parent)
        {
            annotation["Parent"] = parent;
            entry.Dictionary ??= field;
        }

        return reference;
    }

    /// <summary>Writes the fields that have kids and returns /AcroForm, or null when there are no fields.</summary>
    public PdfDictionary? Finish()
    {
        if (_order.Count == 0)
        {
            return null;
        }

        var fields = new PdfArray();
        foreach (var entry in _order)
        {
            if (entry.Parent is { } parent)
            {
                entry.Dictionary!["Kids"] = new PdfArray(entry.Kids.Select(k => (PdfObject)k));
                objects.Set(parent, entry.Dictionary);
                fields.Add(parent);
            }
            else
            {
                fields.Add(entry.Kids[0]);
            }
        }

        // No /NeedAppearances: every widget carries its own appearance stream (see FieldAppearance).
        var fonts = new PdfDictionary();
        foreach (var (_, name, reference) in _typingFonts)
        {
            fonts[name] = reference;
        }

        if (_dingbats is { } dingbats)
        {
            fonts[DingbatsName] = dingbats;
        }

        var form = new PdfDictionary { { "Fields", fields }, { "DR", new PdfDictionary { { "Font", fonts } } } };
        form["DA"] = PdfString.Ascii(_typingFonts.Count > 0 ? $"/{_typingFonts[0].Name} 0 Tf 0 g" : $"/{DingbatsName} 0 Tf 0 g");
        return form;
    }

    /// <summary>The fields as written, in tab order, for <see cref="FormMapBuilder"/>; call after <see cref="Finish"/>.</summary>
    public IEnumerable<WrittenField> Written() =>
        _order.Select(e => new WrittenField(e.Field, e.Parent is { } parent ? (parent, e.Dictionary!) : null, e.Written));

    /// <summary>The resource name and object of a typing font the form uses.</summary>
    public (string Name, PdfReference Reference) TypingFontOf(FieldFont font)
    {
        var (_, name, reference) = _typingFonts.First(f => ReferenceEquals(f.Font, font));
        return (name, reference);
    }

    private void TextField(PdfDictionary field, TextField text)
    {
        field["FT"] = new PdfName("Tx");
        field["T"] = PdfString.Text(text.Name);
        field["TU"] = PdfString.Text(text.Tooltip);
        if (text.Multiline)
        {
            field["Ff"] = MultilineFlag;
        }

        field["DA"] = PdfString.Ascii(DefaultAppearance(TypingFont(text.TypingFont), text.FontSize, text.TextColor));
        field["Q"] = (int)text.Alignment;
        if (text.MaxLength is { } max)
        {
            field["MaxLen"] = max;
        }

        if (!string.IsNullOrEmpty(text.Value))
        {
            // Text fields store line breaks as CR, the form Acrobat writes when a user presses Enter.
            field["V"] = PdfString.Text(text.Value.ReplaceLineEndings("\r"));
        }
    }

    private void TextWidget(PdfDictionary widget, TextField text, TabOrder.Box box)
    {
        widget["MK"] = Characteristics(text.BorderColor, text.BackgroundColor, caption: null);
        if (text.BorderColor is not null)
        {
            widget["BS"] = new PdfDictionary { { "W", text.BorderWidth }, { "S", new PdfName("S") } };
        }

        if (text.Lang is { Length: > 0 } lang)
        {
            widget["Lang"] = PdfString.Text(lang);
        }

        var font = usage(text.Font);
        widget["AP"] = new PdfDictionary { { "N", objects.Add(FieldAppearance.Text(text, box.Width, box.Height, font, embeddedFont(text.Font))) } };
    }

    private void CheckField(PdfDictionary field, CheckBox box)
    {
        field["FT"] = new PdfName("Btn");
        field["T"] = PdfString.Text(box.Name);
        field["TU"] = PdfString.Text(box.Tooltip);
        field["V"] = new PdfName(box.Checked ? box.ExportValue : "Off");
        field["DA"] = PdfString.Ascii($"/{Dingbats()} 0 Tf {Colour(box.CheckColor)}");
    }

    private void CheckWidget(PdfDictionary widget, CheckBox box)
    {
        widget["AS"] = new PdfName(box.Checked ? box.ExportValue : "Off");
        // /CA "4" is the ZapfDingbats tick: a reader that regenerates the box draws the same mark.
        widget["MK"] = Characteristics(box.BorderColor, box.BackgroundColor, caption: "4");
        PdfDictionary States(bool down) => new()
        {
            { box.ExportValue, objects.Add(FieldAppearance.Check(box.Size, box.BorderColor, box.BackgroundColor, box.CheckColor, on: true, down)) },
            { "Off", objects.Add(FieldAppearance.Check(box.Size, box.BorderColor, box.BackgroundColor, box.CheckColor, on: false, down)) },
        };
        widget["AP"] = new PdfDictionary { { "N", States(down: false) }, { "D", States(down: true) } };
    }

    private void RadioField(PdfDictionary field, RadioGroup group)
    {
        field["FT"] = new PdfName("Btn");
        field["Ff"] = RadioFlag | NoToggleToOffFlag;
        field["T"] = PdfString.Text(group.Name);
        field["TU"] = PdfString.Text(group.Tooltip);
        field["V"] = new PdfName(group.Selected ?? "Off");
        field["DA"] = PdfString.Ascii($"/{Dingbats()} 0 Tf {Colour(group.DotColor)}");
    }

    private void RadioWidget(PdfDictionary widget, RadioGroup group, string state, double size)
    {
        widget["AS"] = new PdfName(group.Selected == state ? state : "Off");
        // /CA "l" is the ZapfDingbats dot.
        widget["MK"] = Characteristics(group.BorderColor, group.BackgroundColor, caption: "l");
        PdfDictionary States(bool down) => new()
        {
            { state, objects.Add(FieldAppearance.Radio(size, group.BorderColor, group.BackgroundColor, group.DotColor, on: true, down)) },
            { "Off", objects.Add(FieldAppearance.Radio(size, group.BorderColor, group.BackgroundColor, group.DotColor, on: false, down)) },
        };
        widget["AP"] = new PdfDictionary { { "N", States(down: false) }, { "D", States(down: true) } };
    }

    private string TypingFont(FieldFont font)
    {
        foreach (var (known, name, _) in _typingFonts)
        {
            if (ReferenceEquals(known, font))
            {
                return name;
            }
        }

        var resource = _typingFonts.Count == 0 ? TypingFontName : "FF" + (_typingFonts.Count + 1).ToString(CultureInfo.InvariantCulture);
        _typingFonts.Add((font, resource, FieldFontWriter.Write(objects, font)));
        return resource;
    }

    private string Dingbats()
    {
        _dingbats ??= objects.Add(new PdfDictionary
        {
            { "Type", new PdfName("Font") },
            { "Subtype", new PdfName("Type1") },
            { "BaseFont", new PdfName("ZapfDingbats") },
        });
        return DingbatsName;
    }

    /// <summary>/MK: colours and caption, used by readers that redraw a field while it is edited or when asked to regenerate it.</summary>
    private static PdfDictionary Characteristics(PdfColor? border, PdfColor? background, string? caption)
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

        if (caption is not null)
        {
            mk["CA"] = PdfString.Ascii(caption);
        }

        return mk;
    }

    /// <summary>The /DA string: font resource and size (0 = auto), then the fill colour (§12.7.3.3).</summary>
    internal static string DefaultAppearance(string font, double size, PdfColor color) =>
        string.Create(CultureInfo.InvariantCulture, $"/{font} {PdfNumber.Format(size)} Tf {Colour(color)}");

    internal static string Colour(PdfColor color) => color.R == color.G && color.G == color.B
        ? $"{PdfNumber.Format(color.R)} g"
        : $"{PdfNumber.Format(color.R)} {PdfNumber.Format(color.G)} {PdfNumber.Format(color.B)} rg";

    private sealed class Entry(FormField field)
    {
        public FormField Field { get; } = field;

        public int WidgetCount { get; set; }

        public PdfReference? Parent { get; set; }

        public PdfDictionary? Dictionary { get; set; }

        public List<PdfReference> Kids { get; } = [];

        public List<WrittenWidget> Written { get; } = [];

        public bool Listed { get; set; }
    }
}
