using System.Collections;

namespace Guide.Pdf.Objects;

/// <summary>A PDF array (ISO 32000-1 §7.3.6).</summary>
internal sealed class PdfArray : PdfObject, IEnumerable<PdfObject>
{
    private readonly List<PdfObject> _items = [];

    public PdfArray()
    {
    }

    public PdfArray(IEnumerable<PdfObject> items) => _items.AddRange(items);

    public int Count => _items.Count;

    public void Add(PdfObject item) => _items.Add(item);

    public static PdfArray Numbers(params double[] values) => new(values.Select(v => (PdfObject)new PdfNumber(v)));

    public override void WriteTo(ByteSink sink)
    {
        sink.Byte((byte)'[');
        for (var i = 0; i < _items.Count; i++)
        {
            if (i > 0)
            {
                sink.Byte((byte)' ');
            }

            _items[i].WriteTo(sink);
        }

        sink.Byte((byte)']');
    }

    public IEnumerator<PdfObject> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
