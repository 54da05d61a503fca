using System.Collections;

namespace Guide.Pdf.Objects;

/// <summary>
/// A PDF dictionary (ISO 32000-1 §7.3.7). Entries keep the order they were added in, so output
/// does not depend on hashing.
/// </summary>
internal class PdfDictionary : PdfObject, IEnumerable<KeyValuePair<string, PdfObject>>
{
    private readonly List<KeyValuePair<string, PdfObject>> _entries = [];

    public PdfObject this[string key]
    {
        set
        {
            var index = _entries.FindIndex(e => e.Key == key);
            if (index >= 0)
            {
                _entries[index] = new(key, value);
            }
            else
            {
                _entries.Add(new(key, value));
            }
        }
    }

    /// <summary>Collection-initialiser support: <c>new PdfDictionary { { "Type", new PdfName("Page") } }</c>.</summary>
    public void Add(string key, PdfObject value) => this[key] = value;

    public override void WriteTo(ByteSink sink)
    {
        sink.Ascii("<<");
        foreach (var (key, value) in _entries)
        {
            new PdfName(key).WriteTo(sink);
            sink.Byte((byte)' ');
            value.WriteTo(sink);
        }

        sink.Ascii(">>");
    }

    public IEnumerator<KeyValuePair<string, PdfObject>> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
