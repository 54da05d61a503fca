using System.Text;

namespace Guide.Pdf.Objects;

/// <summary>
/// Writes a content stream (ISO 32000-1 §8.2, operator summary in Annex A). Methods are named
/// after what the operators do, and take PDF coordinates: origin bottom-left, y up.
/// </summary>
internal sealed class ContentBuilder
{
    private readonly StringBuilder _text = new();

    public bool IsEmpty => _text.Length == 0;

    public ContentBuilder SaveState() => Op("q");

    public ContentBuilder RestoreState() => Op("Q");

    public ContentBuilder FillColor(PdfColor c) => Op("rg", c.R, c.G, c.B);

    public ContentBuilder StrokeColor(PdfColor c) => Op("RG", c.R, c.G, c.B);

    public ContentBuilder LineWidth(double width) => Op("w", width);

    public ContentBuilder LineCap(int style) => Op("J", style);

    public ContentBuilder LineJoin(int style) => Op("j", style);

    public ContentBuilder Dash(double on, double off) => Raw($"[{PdfNumber.Format(on)} {PdfNumber.Format(off)}] 0 d");

    public ContentBuilder MoveTo(double x, double y) => Op("m", x, y);

    public ContentBuilder LineTo(double x, double y) => Op("l", x, y);

    /// <summary><c>c</c>: a cubic Bézier curve to (x3, y3) with control points (x1, y1) and (x2, y2).</summary>
    public ContentBuilder CurveTo(double x1, double y1, double x2, double y2, double x3, double y3) => Op("c", x1, y1, x2, y2, x3, y3);

    /// <summary>A closed circle path of four Bézier arcs (the control distance 0.5523 r keeps it round within 0.03 %).</summary>
    public ContentBuilder Circle(double cx, double cy, double r)
    {
        var k = 0.5523 * r;
        return MoveTo(cx + r, cy)
            .CurveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r)
            .CurveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy)
            .CurveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r)
            .CurveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy)
            .Op("h");
    }

    public ContentBuilder Rectangle(double x, double y, double width, double height) => Op("re", x, y, width, height);

    public ContentBuilder Stroke() => Op("S");

    public ContentBuilder Fill() => Op("f");

    public ContentBuilder FillAndStroke() => Op("B");

    /// <summary><c>W n</c>: intersect the clipping path with the current path.</summary>
    public ContentBuilder Clip() => Op("W").Op("n");

    public ContentBuilder BeginText() => Op("BT");

    public ContentBuilder EndText() => Op("ET");

    public ContentBuilder Font(string resourceName, double size) => Raw($"/{resourceName} {PdfNumber.Format(size)} Tf");

    /// <summary><c>Tr</c>: 0 fills glyphs, 2 fills and strokes them (used for synthetic bold).</summary>
    public ContentBuilder TextRenderingMode(int mode) => Op("Tr", mode);

    public ContentBuilder TextPosition(double x, double y) => Op("Tm", 1, 0, 0, 1, x, y);

    /// <summary><c>Tj</c> with a hex string of two-byte CIDs.</summary>
    public ContentBuilder ShowGlyphs(string hexCids) => Raw($"<{hexCids}> Tj");

    /// <summary><c>/Tx BMC</c>: marks the variable-text part of a text field's appearance (§12.7.3.3).</summary>
    public ContentBuilder BeginMarkedContent(string tag) => Raw($"/{tag} BMC");

    public ContentBuilder EndMarkedContent() => Op("EMC");

    public byte[] ToBytes() => Encoding.ASCII.GetBytes(_text.ToString());

    private ContentBuilder Op(string op, params double[] operands)
    {
        foreach (var operand in operands)
        {
            _text.Append(PdfNumber.Format(operand)).Append(' ');
        }

        _text.Append(op).Append('\n');
        return this;
    }

    private ContentBuilder Raw(string line)
    {
        _text.Append(line).Append('\n');
        return this;
    }
}
