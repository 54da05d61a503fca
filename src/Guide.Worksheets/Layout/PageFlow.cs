using Guide.Pdf;

namespace Guide.Worksheets.Layout;

/// <summary>
/// Places blocks top to bottom, page after page. A block that does not fit starts a new page, and
/// so does a chain of blocks kept together when the chain would not fit (unless it is taller than
/// a whole page, when only the block itself has to fit); a table row that starts a new page brings
/// its table's header row with it. When the last page would be nearly empty, more of the blocks
/// before it are kept with the end, so a form never ends on a page with one small section.
/// </summary>
internal sealed class PageFlow(PdfDocument document, PageSize size)
{
    /// <summary>The least share of its body a last page should fill when the form needs more than one page.</summary>
    public const double MinimumLastPageFill = 1.0 / 3;

    private double _firstY = FormStyle.MarginTop;

    public double Left => FormStyle.MarginX;

    public double Width => size.Width - 2 * FormStyle.MarginX;

    private static double Top(int page) => FormStyle.MarginTop + (page > 0 ? FormStyle.RunningHeaderHeight : 0);

    private double Bottom => size.Height - FormStyle.MarginBottom;

    /// <summary>The tallest block that can ever be placed (the body of a page after the first).</summary>
    public double MaxBlockHeight => Bottom - Top(1);

    /// <summary>Starts the first page and returns it, so the header can be drawn before any block.</summary>
    public PdfPage FirstPage() => document.AddPage(size);

    /// <summary>Moves the first block down by <paramref name="height"/> (below the first page's header).</summary>
    public void Skip(double height) => _firstY += height;

    public void Place(IReadOnlyList<Block> blocks)
    {
        foreach (var (block, page, y, header) in Plan(Balance(blocks)))
        {
            while (document.Pages.Count <= page)
            {
                document.AddPage(size);
            }

            var target = document.Pages[page];
            if (header is not null)
            {
                header.Draw(target, y - header.Height);
            }

            block.Draw(target, y);
        }
    }

    /// <summary>Keeps more blocks with the last ones while the last page stays nearly empty and the chain still fits a page.</summary>
    private List<Block> Balance(IReadOnlyList<Block> blocks)
    {
        var current = blocks.ToList();
        for (var first = current.Count - 2; first > 0; first--)
        {
            var plan = Plan(current);
            var last = plan[^1];
            if (last.Page == 0 || (last.Y + last.Block.Height - Top(last.Page)) / (Bottom - Top(last.Page)) >= MinimumLastPageFill)
            {
                break;
            }

            if (current.Skip(first).Sum(b => b.Height) > MaxBlockHeight)
            {
                break;
            }

            var tried = current.ToList();
            tried[first] = tried[first] with { KeepWithNext = true };
            if (Plan(tried)[^1].Page > last.Page)
            {
                break;
            }

            current = tried;
        }

        return current;
    }

    /// <summary>Where each block goes: its page, its top, and the header row to draw above it when it starts a page.</summary>
    private List<(Block Block, int Page, double Y, Block? Header)> Plan(IReadOnlyList<Block> blocks)
    {
        var plan = new List<(Block, int, double, Block?)>(blocks.Count);
        var page = 0;
        var y = _firstY;
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

            Block? header = null;
            if (y + needed > Bottom && y > Top(page))
            {
                page++;
                y = Top(page);
                if (block.RepeatOnNewPage is { } repeated)
                {
                    header = repeated;
                    y += repeated.Height;
                }
            }

            plan.Add((block, page, y, header));
            y += block.Height;
        }

        return plan;
    }
}
