namespace Guide.Pdf.Fonts;

/// <summary>
/// Walks the component records of a composite glyph (numberOfContours &lt; 0, OpenType 'glyf').
/// Each record is flags, glyphIndex, two arguments (bytes, or words when ARG_1_AND_2_ARE_WORDS)
/// and an optional scale, x/y scale or 2×2 matrix; MORE_COMPONENTS says another record follows.
/// </summary>
internal static class CompositeGlyph
{
    private const ushort ArgsAreWords = 0x0001;
    private const ushort HaveScale = 0x0008;
    private const ushort MoreComponents = 0x0020;
    private const ushort HaveXYScale = 0x0040;
    private const ushort HaveTwoByTwo = 0x0080;

    public static bool IsComposite(FontBytes outline) => outline.Length >= 10 && outline.I16(0) < 0;

    /// <summary>The byte offset of each component's glyphIndex within the outline, and the index itself.</summary>
    public static List<(int Offset, ushort Glyph)> Components(FontBytes outline)
    {
        var components = new List<(int, ushort)>();
        if (!IsComposite(outline))
        {
            return components;
        }

        var at = 10;
        ushort flags;
        do
        {
            flags = outline.U16(at);
            components.Add((at + 2, outline.U16(at + 2)));
            at += 4 + ((flags & ArgsAreWords) != 0 ? 4 : 2);
            at += (flags & HaveScale) != 0 ? 2 : (flags & HaveXYScale) != 0 ? 4 : (flags & HaveTwoByTwo) != 0 ? 8 : 0;
        }
        while ((flags & MoreComponents) != 0);

        return components;
    }
}
