using Guide.Pdf.Fonts;

namespace Guide.Pdf;

/// <summary>
/// A PDF document being built: add pages, draw on them, add form fields, then save. Saving the
/// same sequence of calls gives the same bytes: no clock, no random ids, no hash-order output.
/// Not thread-safe; build one document per thread (fonts may be shared).
/// </summary>
public sealed class PdfDocument
{
    private readonly List<PdfPage> _pages = [];
    private readonly Dictionary<PdfFont, FontUsage> _fonts = [];
    private readonly List<FontUsage> _fontOrder = [];
    private readonly Dictionary<string, FormField> _fields = new(StringComparer.Ordinal);

    /// <summary>Starts an empty document.</summary>
    public PdfDocument(PdfDocumentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>The options the document was created with.</summary>
    public PdfDocumentOptions Options { get; }

    /// <summary>The pages added so far, in order.</summary>
    public IReadOnlyList<PdfPage> Pages => _pages;

    internal IReadOnlyList<FontUsage> Fonts => _fontOrder;

    /// <summary>Appends a page of the given size.</summary>
    public PdfPage AddPage(PageSize size)
    {
        var page = new PdfPage(this, size);
        _pages.Add(page);
        return page;
    }

    /// <summary>Writes the finished PDF to <paramref name="output"/>.</summary>
    public void Save(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(ToArray());
    }

    /// <summary>The finished PDF as bytes.</summary>
    public byte[] ToArray() => Write().Bytes;

    /// <summary>The finished PDF and the map of its form fields, for a filler that sets them by an incremental update.</summary>
    public WrittenPdf Write()
    {
        if (_pages.Count == 0)
        {
            throw new InvalidOperationException("A PDF needs at least one page; call AddPage first.");
        }

        return DocumentWriter.Write(this);
    }

    /// <summary>The per-document glyph record of <paramref name="font"/>; fonts are named F1, F2, … in first-use order.</summary>
    internal FontUsage Use(PdfFont font)
    {
        if (!_fonts.TryGetValue(font, out var usage))
        {
            usage = new FontUsage(font, "F" + (_fontOrder.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            _fonts[font] = usage;
            _fontOrder.Add(usage);
        }

        return usage;
    }

    /// <summary>Field names are fully qualified names here (no hierarchy), so they must be unique and free of periods (§12.7.3.2).</summary>
    internal void ClaimField(FormField field)
    {
        var name = field.Name;
        if (string.IsNullOrWhiteSpace(name) || name.Contains('.', StringComparison.Ordinal))
        {
            throw new ArgumentException($"Field name '{name}' is not valid: it must be non-empty and contain no period.", nameof(field));
        }

        if (!_fields.TryAdd(name, field))
        {
            throw new ArgumentException($"Field name '{name}' is already used in this document; field names must be unique.", nameof(field));
        }
    }

    /// <summary>True when <paramref name="field"/> itself (not merely its name) was added to a page of this document.</summary>
    internal bool HasField(FormField field) => _fields.TryGetValue(field.Name, out var known) && ReferenceEquals(known, field);
}
