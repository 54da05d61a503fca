using Guide.Pdf;

namespace Guide.Worksheets.Layout;

/// <summary>
/// An unbreakable piece of the form: a field with its label, one table row, a heading. The flow
/// moves a block to the next page whole rather than split it.
/// </summary>
/// <param name="Height">Points the block takes, including its gap below.</param>
/// <param name="Draw">Draws the block with its top at the given y.</param>
internal sealed record Block(double Height, Action<PdfPage, double> Draw)
{
    /// <summary>
    /// Moves with the block after it: a heading with its first field, a table's label and header
    /// with its first two rows, a signature with what is signed, the last two blocks of a form.
    /// </summary>
    public bool KeepWithNext { get; init; }

    /// <summary>For a table row: the header to draw again when the row starts a new page.</summary>
    public Block? RepeatOnNewPage { get; init; }
}
