using System.Globalization;
using Guide.Pdf.Fonts;
using Guide.Pdf.Forms;
using Guide.Pdf.Objects;

namespace Guide.Pdf;

/// <summary>
/// One page. Coordinates are points with the origin at the TOP-LEFT corner and y growing
/// downwards, as in screen layout; the writer converts to PDF's bottom-left origin.
/// </summary>
public sealed class PdfPage
{
    private readonly List<FontUsage> _fonts = [];
    private readonly List<Widget> _widgets = [];

    internal PdfPage(PdfDocument document, PageSize size)
    {
        if (!(size.Width > 0 && size.Height > 0 && size.Width <= 14400 && size.Height <= 14400))
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, "Page sides must lie between 0 and 14400 points (200 inches).");
        }

        Document = document;
        Width = size.Width;
        Height = size.Height;
    }

    /// <summary>Page width in points.</summary>
    public double Width { get; }

    /// <summary>Page height in points.</summary>
    public double Height { get; }

    internal PdfDocument Document { get; }

    internal ContentBuilder Content { get; } = new();

    internal IReadOnlyList<FontUsage> Fonts => _fonts;

    /// <summary>The page's widgets (one per text field, check box or radio button) in the order they were added.</summary>
    internal IReadOnlyList<Widget> Widgets => _widgets;

    /// <summary>
    /// Draws one line of text with its baseline at <paramref name="baselineY"/>. Line breaks are
    /// not interpreted; use <see cref="TextLayout"/> for paragraphs. <paramref name="syntheticBold"/>
    /// strokes the outlines as well as filling them (text rendering mode 2) for fonts without a bold face.
    /// </summary>
    public void DrawText(string text, double x, double baselineY, PdfFont font, double size, PdfColor? color = null, bool syntheticBold = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        TextPainter.Show(Content, UseFont(font), text, x, Height - baselineY, size, color ?? PdfColor.Black, syntheticBold);
    }

    /// <summary>Draws a straight line, solid or <paramref name="dashed"/> (3 pt on, 2 pt off, scaled by width).</summary>
    public void DrawLine(double x1, double y1, double x2, double y2, double width, PdfColor? color = null, bool dashed = false)
    {
        Content.SaveState().StrokeColor(color ?? PdfColor.Black).LineWidth(width);
        if (dashed)
        {
            Content.Dash(3 * Math.Max(width, 1), 2 * Math.Max(width, 1));
        }

        Content.MoveTo(x1, Height - y1).LineTo(x2, Height - y2).Stroke().RestoreState();
    }

    /// <summary>Draws a rectangle whose top-left corner is (<paramref name="x"/>, <paramref name="y"/>); either colour may be null.</summary>
    public void DrawRectangle(double x, double y, double width, double height, PdfColor? stroke, PdfColor? fill, double lineWidth = 0.5)
    {
        if (stroke is null && fill is null)
        {
            return;
        }

        Content.SaveState();
        if (fill is not null)
        {
            Content.FillColor(fill);
        }

        if (stroke is not null)
        {
            Content.StrokeColor(stroke).LineWidth(lineWidth);
        }

        Content.Rectangle(x, Height - y - height, width, height);
        _ = (stroke, fill) switch
        {
            (not null, not null) => Content.FillAndStroke(),
            (not null, null) => Content.Stroke(),
            _ => Content.Fill(),
        };
        Content.RestoreState();
    }

    /// <summary>Adds a fillable text field. Throws <see cref="ArgumentException"/> for a duplicate or invalid name, a missing tooltip, or a field off the page.</summary>
    public void AddTextField(TextField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        CheckBounds(field.Name, field.X, field.Y, field.Width, field.Height);
        if (field.FontSize < 0)
        {
            throw new ArgumentException($"Field '{field.Name}': the font size must be 0 (auto) or positive.", nameof(field));
        }

        if (field.RuleSpacing is <= 0)
        {
            throw new ArgumentException($"Field '{field.Name}': the rule spacing must be positive.", nameof(field));
        }

        Claim(field);
        // Registering glyphs now keeps CIDs in call order, independent of saving.
        UseFont(field.Font).Encode(field.Value ?? "");
        _widgets.Add(new Widget(field, new TabOrder.Box(field.X, field.Y, field.Width, field.Height)));
    }

    /// <summary>
    /// Shows <paramref name="field"/>, already added on this or an earlier page, in one more place:
    /// another widget of the same field (§12.7.1), so what is typed in one appears in all, e.g. a
    /// name repeated in the header of every page.
    /// </summary>
    public void AddTextFieldWidget(TextField field, double x, double y, double width, double height)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (!Document.HasField(field))
        {
            throw new ArgumentException($"Field '{field.Name}' must be added with AddTextField before it gets another widget.", nameof(field));
        }

        CheckBounds(field.Name, x, y, width, height);
        _widgets.Add(new Widget(field, new TabOrder.Box(x, y, width, height)));
    }

    /// <summary>Adds a check box. Throws <see cref="ArgumentException"/> for a duplicate or invalid name, a missing tooltip, or a box off the page.</summary>
    public void AddCheckBox(CheckBox box)
    {
        ArgumentNullException.ThrowIfNull(box);
        CheckOnState(box.Name, box.ExportValue);
        CheckBounds(box.Name, box.X, box.Y, box.Size, box.Size);
        Claim(box);
        _widgets.Add(new Widget(box, new TabOrder.Box(box.X, box.Y, box.Size, box.Size)));
    }

    /// <summary>Adds a group of radio buttons, all on this page. Throws <see cref="ArgumentException"/> for fewer than two buttons, repeated or invalid export values, or a button off the page.</summary>
    public void AddRadioGroup(RadioGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        if (group.Buttons is not { Count: >= 2 })
        {
            throw new ArgumentException($"Radio group '{group.Name}' needs at least two buttons.", nameof(group));
        }

        if (group.Buttons.Select(b => b.ExportValue).Distinct(StringComparer.Ordinal).Count() != group.Buttons.Count)
        {
            throw new ArgumentException($"Radio group '{group.Name}': every button needs its own export value.", nameof(group));
        }

        if (group.Selected is not null && group.Buttons.All(b => b.ExportValue != group.Selected))
        {
            throw new ArgumentException($"Radio group '{group.Name}': the selected value '{group.Selected}' is not one of its buttons.", nameof(group));
        }

        foreach (var button in group.Buttons)
        {
            CheckOnState(group.Name, button.ExportValue);
            CheckBounds(group.Name, button.X, button.Y, button.Size, button.Size);
        }

        Claim(group);
        _widgets.AddRange(group.Buttons.Select(b => new Widget(group, new TabOrder.Box(b.X, b.Y, b.Size, b.Size), b.ExportValue)));
    }

    private FontUsage UseFont(PdfFont font)
    {
        ArgumentNullException.ThrowIfNull(font);
        var usage = Document.Use(font);
        if (!_fonts.Contains(usage))
        {
            _fonts.Add(usage);
        }

        return usage;
    }

    private static void CheckOnState(string name, string state)
    {
        // Names are written as PDF names; the writer escapes other characters, but readers compare on-states loosely.
        if (string.IsNullOrWhiteSpace(state) || state == "Off" || !state.All(c => c is > ' ' and <= '~' and not '/' and not '#'))
        {
            throw new ArgumentException($"Field '{name}': the export value '{state}' must be a printable ASCII name without spaces, '/' or '#', other than 'Off'.", nameof(state));
        }
    }

    private void CheckBounds(string name, double x, double y, double width, double height)
    {
        if (!(width > 0 && height > 0) || x < 0 || y < 0 || x + width > Width + 0.01 || y + height > Height + 0.01)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"Field '{name}' at ({x:0.##}, {y:0.##}) size {width:0.##} × {height:0.##} does not fit on the {Width:0.##} × {Height:0.##} page."), nameof(name));
        }
    }

    private void Claim(FormField field)
    {
        if (string.IsNullOrWhiteSpace(field.Tooltip))
        {
            throw new ArgumentException($"Field '{field.Name}' needs a Tooltip: it becomes /TU, the name screen readers announce.", nameof(field));
        }

        Document.ClaimField(field);
    }
}
