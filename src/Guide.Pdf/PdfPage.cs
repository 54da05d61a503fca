using System.Globalization;
using Guide.Pdf.Fonts;
using Guide.Pdf.Objects;

namespace Guide.Pdf;

/// <summary>
/// One page. Coordinates are points with the origin at the TOP-LEFT corner and y growing
/// downwards, as in screen layout; the writer converts to PDF's bottom-left origin.
/// </summary>
public sealed class PdfPage
{
    private readonly List<FontUsage> _fonts = [];
    private readonly List<object> _fields = [];

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

    /// <summary>The page's <see cref="TextField"/>s and <see cref="CheckBox"/>es in the order they were added.</summary>
    internal IReadOnlyList<object> Fields => _fields;

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
        Check(field.Name, field.Tooltip, field.X, field.Y, field.Width, field.Height);
        if (field.FontSize <= 0)
        {
            throw new ArgumentException($"Field '{field.Name}': the font size must be positive.", nameof(field));
        }

        // Registering glyphs now keeps CIDs in call order, independent of saving.
        var font = UseFont(field.Font);
        font.AddExtraCharacters(Document.Options.ExtraCharacters);
        font.Encode(field.Value ?? "");
        _fields.Add(field);
    }

    /// <summary>Adds a check box. Throws <see cref="ArgumentException"/> for a duplicate or invalid name, a missing tooltip, or a box off the page.</summary>
    public void AddCheckBox(CheckBox box)
    {
        ArgumentNullException.ThrowIfNull(box);
        if (string.IsNullOrWhiteSpace(box.ExportValue) || box.ExportValue == "Off")
        {
            throw new ArgumentException($"Check box '{box.Name}': the export value must be a non-empty name other than 'Off'.", nameof(box));
        }

        Check(box.Name, box.Tooltip, box.X, box.Y, box.Size, box.Size);
        _fields.Add(box);
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

    private void Check(string name, string tooltip, double x, double y, double width, double height)
    {
        if (string.IsNullOrWhiteSpace(tooltip))
        {
            throw new ArgumentException($"Field '{name}' needs a Tooltip: it becomes /TU, the name screen readers announce.", nameof(tooltip));
        }

        if (!(width > 0 && height > 0) || x < 0 || y < 0 || x + width > Width + 0.01 || y + height > Height + 0.01)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"Field '{name}' at ({x:0.##}, {y:0.##}) size {width:0.##} × {height:0.##} does not fit on the {Width:0.##} × {Height:0.##} page."), nameof(name));
        }

        Document.ClaimFieldName(name);
    }
}
