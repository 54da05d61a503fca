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

    /// <summary>
    /// This dictionary in PDF syntax without <paramref name="keys"/>: what an incremental update
    /// rewrites when it sets those entries anew (the object's other entries must stay as they were).
    /// </summary>
    public string TextWithout(params string[] keys)
    {
        var rest = new PdfDictionary();
        foreach (var (key, value) in _entries.Where(e => !keys.Contains(e.Key)))
        {
            rest[key] = value;
        }

        var sink = new ByteSink(256);
        rest.WriteTo(sink);
        return System.Text.Encoding.ASCII.GetString(sink.Written);
    }

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
