using System.Text;

namespace Guide.Output;

/// <summary>
/// The whole output as an in-memory tree of files, keyed by path below the output root: what the dev
/// server serves and the tests read. <see cref="AtomicWriter"/> writes it to disk as a whole.
/// </summary>
public sealed class OutputFiles : IOutputSink
{
    private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public void Add(string path, byte[] content)
    {
        lock (_gate)
        {
            if (!_files.TryAdd(path, content))
            {
                throw new InvalidOperationException($"two outputs were written to {path}");
            }
        }
    }

    public void Add(string path, string text) => Add(path, Encoding.UTF8.GetBytes(text));

    public Stream Open(string path) => new CollectedStream(bytes => Add(path, bytes));

    public bool Contains(string path)
    {
        lock (_gate)
        {
            return _files.ContainsKey(path);
        }
    }

    public IReadOnlyList<KeyValuePair<string, byte[]>> All()
    {
        lock (_gate)
        {
            return [.. _files];
        }
    }

    public int Count => _files.Count;
}
