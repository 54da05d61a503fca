namespace Guide.Worksheets;

/// <summary>
/// Bounds that keep every field printable: a field or table row must fit on one page, and a
/// table's columns must stay wide enough to write in.
/// </summary>
public static class Limits
{
    /// <summary>Most visible lines a multi-line field may ask for (one A4 page of ruled lines).</summary>
    public const int MaxLines = 30;

    /// <summary>Most rows a table may have.</summary>
    public const int MaxRows = 60;

    /// <summary>Most lines of writing one table row may hold.</summary>
    public const int MaxRowLines = 6;

    /// <summary>Most columns a table may have.</summary>
    public const int MaxColumns = 8;
}
