using Guide.Content;
using Guide.Markdown;
using Guide.Output;
using Guide.Rendering;

namespace Guide.Building;

/// <summary>
/// The render and layout phases as one stream: each page's body is rendered (its links, callouts and
/// headings checked), put into the layout and written, and appended as a chapter to the print editions
/// that hold it. Pages go in reading order, a batch at a time on every core; nothing of a page is kept
/// once its batch is written, so a build's memory does not grow with the number of pages.
/// </summary>
public sealed class PageStream(Site site, ViewBuilder views, BodyPhase bodies)
{
    /// <summary>At most this many pages per batch: one Razor renderer each, and the chapters the editions wait for.</summary>
    private const int BatchSize = 64;

    /// <summary>At least this many, so that each renderer set up serves several pages.</summary>
    private const int SmallestBatch = 8;

    public void Write(IOutputSink sink)
    {
        using var renderer = new RendererScope();
        foreach (var language in site.Config.Languages)
        {
            var files = PrintAudience.All.Select(a => new PrintEditionFile(new PrintEdition(site, views, language.Code, a), views, site, sink, renderer)).ToList();
            try
            {
                WritePages(site.ReadingOrder(language.Code), sink, files);
            }
            finally
            {
                files.ForEach(f => f.Dispose());
            }
        }
        // Pages outside every reading order, should a site have any, are pages all the same.
        var inOrder = site.Config.Languages.SelectMany(l => site.ReadingOrder(l.Code)).ToHashSet();
        WritePages([.. site.Documents.Where(d => !inOrder.Contains(d))], sink, []);
    }

    private void WritePages(IReadOnlyList<PageDocument> pages, IOutputSink sink, List<PrintEditionFile> editions)
    {
        // A few batches per core at a time: enough to keep every core busy, while the chapters waiting
        // for the editions (which take them in reading order) stay few, however large the site.
        // A small guide (a language of the real one is 38 pages) is still shared among the cores, so a save
        // in serve lays its pages out on all of them rather than one.
        var perBatch = Math.Clamp((pages.Count + Environment.ProcessorCount - 1) / Environment.ProcessorCount, SmallestBatch, BatchSize);
        foreach (var wave in pages.Chunk(perBatch).Chunk(Environment.ProcessorCount * 2))
        {
            var done = wave.AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount).Select(batch => WriteBatch(batch, sink, editions)).ToList();
            // In reading order, whichever batch finished first.
            foreach (var (edition, start, content) in done.SelectMany(c => c))
            {
                edition.Append(start, content);
            }
        }
    }

    /// <summary>Lays out and writes a batch of pages; returns their chapters for the editions, in order.</summary>
    private List<(PrintEditionFile, string Start, string Content)> WriteBatch(PageDocument[] batch, IOutputSink sink, List<PrintEditionFile> editions)
    {
        using var renderer = new RendererScope();
        var chapters = new List<(PrintEditionFile, string, string)>();
        foreach (var document in batch)
        {
            var (body, ofPage) = bodies.WithChapters(document, [.. editions.Select(e => e.Edition)]);
            sink.Add(PageWriter.FileOf(document.Page.Url), renderer.Page(views.ForPage(document, body)));
            // A chapter opens the same way in every edition: made once, here on the batch's core.
            var start = ofPage.Count > 0 ? PrintEdition.ChapterStart(document) : "";
            chapters.AddRange(ofPage.Select(c => (editions.First(e => e.Edition == c.Edition), start, c.Content)));
        }
        return chapters;
    }
}
