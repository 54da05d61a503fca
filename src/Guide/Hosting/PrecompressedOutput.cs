using System.Collections.Concurrent;
using Guide.Output;

namespace Guide.Hosting;

/// <summary>
/// Adds the gzip and Brotli copies of each text file beside it as the build writes it (<c>--precompress</c>).
/// Remembers which files are the site's own, for the zip, which takes the site as built.
/// </summary>
public sealed class PrecompressedOutput(IOutputSink inner) : IOutputSink
{
    private readonly ConcurrentDictionary<string, bool> _own = new(StringComparer.Ordinal);

    /// <summary>The site's files, without the compressed copies.</summary>
    public IReadOnlyCollection<string> OwnPaths => (IReadOnlyCollection<string>)_own.Keys;

    public int Count => inner.Count;

    public bool Contains(string path) => inner.Contains(path);

    public void Add(string path, byte[] content)
    {
        _own[path] = true;
        inner.Add(path, content);
        foreach (var (copy, compressed) in Precompressor.CopiesOf([new(path, content)]))
        {
            inner.Add(copy, compressed);
        }
    }

    /// <summary>The copies need the whole file, so a file written in pieces is gathered first.</summary>
    public Stream Open(string path) => new CollectedStream(bytes => Add(path, bytes));
}
