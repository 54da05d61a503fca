namespace Guide;

/// <summary>
/// Collects every problem of a run, so an editor sees all of them at once instead of fixing
/// them one build at a time. Order of report is kept stable by sorting on path and position.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            _items.Add(diagnostic);
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            Add(d);
        }
    }

    public bool HasErrors
    {
        get
        {
            lock (_gate)
            {
                return _items.Any(d => d.IsError);
            }
        }
    }

    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_gate)
        {
            return [.. _items
                .Distinct()
                .OrderBy(d => d.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Line)
                .ThenBy(d => d.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)];
        }
    }
}
