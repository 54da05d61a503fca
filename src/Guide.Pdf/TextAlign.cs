namespace Guide.Pdf;

/// <summary>Horizontal alignment of a line within its box; also a text field's /Q quadding.</summary>
public enum TextAlign
{
    /// <summary>Flush left (/Q 0).</summary>
    Left,

    /// <summary>Centred (/Q 1).</summary>
    Center,

    /// <summary>Flush right (/Q 2).</summary>
    Right,
}
