namespace Guide.Pdf.Forms;

/// <summary>
/// Puts a page's fields in reading order: rows from top to bottom, left to right within a row.
/// The order is written to /Annots and /Fields; with /Tabs /S and no structure tree, readers
/// (Acrobat, pdf.js, Okular) tab through the /Annots array in that order.
/// </summary>
internal static class TabOrder
{
    public readonly record struct Box(double X, double Y, double Width, double Height);

    /// <summary>
    /// A widget joins the current row when its top edge is above the vertical centre of the row's
    /// first widget, so a small check box beside a taller text field counts as the same row.
    /// </summary>
    public static IReadOnlyList<Widget> Sort(IReadOnlyList<Widget> widgets)
    {
        var byTop = widgets.Select((w, i) => (Widget: w, w.Box, Index: i))
            .OrderBy(f => f.Box.Y).ThenBy(f => f.Box.X).ThenBy(f => f.Index)
            .ToList();

        var ordered = new List<Widget>(widgets.Count);
        var start = 0;
        while (start < byTop.Count)
        {
            var anchor = byTop[start].Box;
            var end = start + 1;
            while (end < byTop.Count && byTop[end].Box.Y < anchor.Y + anchor.Height / 2)
            {
                end++;
            }

            ordered.AddRange(byTop.GetRange(start, end - start).OrderBy(f => f.Box.X).ThenBy(f => f.Index).Select(f => f.Widget));
            start = end;
        }

        return ordered;
    }
}
