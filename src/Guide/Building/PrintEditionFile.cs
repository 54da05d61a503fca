using System.Text;
using Guide.Content;
using Guide.Output;
using Guide.Rendering;
using Guide.Theme.Model;

namespace Guide.Building;

/// <summary>
/// A print edition's file, written while the pages are rendered: the layout up to the body and the
/// edition's opening first, each chapter as its page comes, the rest of the layout when the last page has
/// come. An edition of 10,000 pages is some 90 MB of HTML; built as one string it would be many times that.
/// </summary>
internal sealed class PrintEditionFile : IDisposable
{
    /// <summary>Stands for the body in the laid-out page; Razor writes a body as it is, so it appears once, unchanged.</summary>
    private const string BodyMark = "\u0001print-edition-body\u0001";

    private readonly StreamWriter _writer;
    private readonly string _closing;

    public PrintEditionFile(PrintEdition edition, ViewBuilder views, Site site, IOutputSink sink, RendererScope renderer)
    {
        Edition = edition;
        var (lang, url, text) = (edition.Lang, edition.Url, site.Words[edition.Lang]);
        var languages = site.Config.Languages.Select(l => new LanguageLink(l.Code, l.Label, views.Href(url, edition.Audience.Url(l.Code)), l.Code == lang, true)).ToList();
        var view = views.ForGenerated(url, lang, text[edition.Audience.TitleKey], BodyMark, languages) with { BodyClass = "print-edition" };
        var page = renderer.Page(view);
        var mark = page.IndexOf(BodyMark, StringComparison.Ordinal);
        _closing = page[(mark + BodyMark.Length)..];
        _writer = new StreamWriter(sink.Open(PageWriter.FileOf(url)), new UTF8Encoding(false), 1 << 16);
        _writer.Write(page.AsSpan(0, mark));
        _writer.Write(edition.Opening());
    }

    public PrintEdition Edition { get; }

    /// <summary>A page's chapter: its <paramref name="start"/> (<see cref="PrintEdition.ChapterStart"/>) and <paramref name="content"/> (<see cref="PrintChapters"/>).</summary>
    public void Append(string start, string content)
    {
        _writer.Write(start);
        _writer.Write(content);
        _writer.Write(PrintEdition.ChapterEnd);
    }

    public void Dispose()
    {
        _writer.Write(_closing);
        _writer.Dispose();
    }
}
