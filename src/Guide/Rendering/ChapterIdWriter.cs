using System.Net;
using System.Text;

namespace Guide.Rendering;

/// <summary>
/// Gives every id a chapter writes the chapter's prefix. Markdig writes an element's id, whichever renderer
/// writes the element, through <c>HtmlRenderer.WriteAttributes</c>, which writes <c> id="</c> as one piece and
/// the id after it; this writer adds the prefix after that piece. Ids written otherwise (footnotes) are
/// written with the prefix by the chapter's own renderers.
/// </summary>
internal sealed class ChapterIdWriter : TextWriter
{
    private const string IdOpening = " id=\"";

    private readonly TextWriter _inner;
    private readonly string _prefix;
    private readonly string _escaped;

    public ChapterIdWriter(TextWriter inner, string prefix)
    {
        (_inner, _prefix) = (inner, prefix);
        // The prefix comes from a file name; Markdig escapes the id after it.
        _escaped = WebUtility.HtmlEncode(prefix);
        _inner.NewLine = NewLine = "\n";
    }

    /// <summary>The same, writing into <paramref name="other"/>: for a renderer that captures its output to edit it.</summary>
    public ChapterIdWriter Into(TextWriter other) => new(other, _prefix);

    public override Encoding Encoding => _inner.Encoding;

    public override void Write(string? value)
    {
        _inner.Write(value);
        if (value is { Length: 5 } && value == IdOpening)
        {
            _inner.Write(_escaped);
        }
    }

    public override void Write(char value) => _inner.Write(value);

    public override void Write(char[] buffer, int index, int count) => _inner.Write(buffer, index, count);

    public override void Write(ReadOnlySpan<char> buffer) => _inner.Write(buffer);

    public override void WriteLine() => _inner.WriteLine();

    public override void WriteLine(string? value)
    {
        Write(value);
        _inner.WriteLine();
    }

    public override void WriteLine(char value) => _inner.WriteLine(value);

    public override void Flush() => _inner.Flush();

    public override string ToString() => _inner.ToString()!;
}
