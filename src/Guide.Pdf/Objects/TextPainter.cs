using Guide.Pdf.Fonts;

namespace Guide.Pdf.Objects;

/// <summary>Shows one line of text; shared by page content and form-field appearances.</summary>
internal static class TextPainter
{
    /// <summary>Stroke width of synthetic bold as a fraction of the font size; thick enough to read as bold, thin enough to keep counters open.</summary>
    public const double SyntheticBoldStroke = 0.03;

    public static void Show(ContentBuilder content, FontUsage font, string text, double x, double y, double size, PdfColor color, bool syntheticBold)
    {
        var glyphs = font.Encode(text);
        if (glyphs.Length == 0)
        {
            return;
        }

        content.SaveState().FillColor(color);
        if (syntheticBold)
        {
            content.StrokeColor(color).LineWidth(size * SyntheticBoldStroke).LineJoin(1);
        }

        content.BeginText().Font(font.ResourceName, size);
        if (syntheticBold)
        {
            content.TextRenderingMode(2);
        }

        content.TextPosition(x, y).ShowGlyphs(glyphs).EndText().RestoreState();
    }
}
