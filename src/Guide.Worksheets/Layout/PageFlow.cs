using Guide.Pdf;

namespace Guide.Worksheets.Layout;

/// <summary>
/// Places blocks top to bottom, page after page. A block that does not fit starts a new page, and
/// so does a chain of blocks kept together when the chain would not fit (unless it is taller
/// than a whole page, when only the block itself has to fit); a table row that starts a new page
/// brings its table's header row with it.
/// </summary>
internal sealed class PageFlow(PdfDocument document, PageSize size, Action<PdfPage> startPage)
{
    private double _y;
    private PdfPage? _page;

    public double Left => FormStyle.MarginX;

    public double Width => size.Width - 2 * FormStyle.MarginX;

    private double Bottom => size.Height - FormStyle.MarginBottom;

    /// <summary>The tallest block that can ever be placed (the body of a page after the first).</summary>
    public double MaxBlockHeight => Bottom - FormStyle.MarginTop - FormStyle.RunningHeaderHeight;

    public void Place(IReadOnlyList<Block> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var needed = block.Height;
            for (var j = i; j < blocks.Count - 1 && blocks[j].KeepWithNext; j++)
            {
                needed += blocks[j + 1].Height;
            }

            if (needed > MaxBlockHeight)
            {
                needed = block.Height;
            }

            if (_page is null || _y + needed > Bottom)
            {
                NewPage();
                if (block.RepeatOnNewPage is { } header)
                {
                    header.Draw(_page!, _y);
                    _y += header.Height;
                }
            }

            block.Draw(_page!, _y);
            _y += block.Height;
        }
    }

    /// <summary>Starts the first page and returns it, so the header can be drawn before any block.</summary>
    public PdfPage FirstPage()
    {
        NewPage();
        return _page!;
    }

    /// <summary>Moves down by <paramref name="height"/> on the current page (after the header).</summary>
    public void Skip(double height) => _y += height;

    private void NewPage()
    {
        _page = document.AddPage(size);
        startPage(_page);
        _y = FormStyle.MarginTop + (document.Pages.Count > 1 ? FormStyle.RunningHeaderHeight : 0);
    }
}
