namespace Guide.Pdf.Objects;

/// <summary>
/// The indirect objects of one file. References are handed out in call order and objects are
/// written in number order, so the same sequence of calls always gives the same file.
/// </summary>
internal sealed class ObjectTable
{
    private readonly List<PdfObject?> _objects = [];

    public int Count => _objects.Count;

    /// <summary>Reserves the next object number; fill it later with <see cref="Set"/>.</summary>
    public PdfReference Allocate()
    {
        _objects.Add(null);
        return new PdfReference(_objects.Count);
    }

    /// <summary>Allocates a number and stores <paramref name="value"/> under it.</summary>
    public PdfReference Add(PdfObject value)
    {
        var reference = Allocate();
        Set(reference, value);
        return reference;
    }

    public void Set(PdfReference reference, PdfObject value) => _objects[reference.Number - 1] = value;

    public PdfObject Get(PdfReference reference) =>
        _objects[reference.Number - 1] ?? throw new InvalidOperationException($"Object {reference.Number} was allocated but never set.");
}
