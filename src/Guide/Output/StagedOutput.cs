using System.Collections.Concurrent;

namespace Guide.Output;

/// <summary>
/// The output folder as a build writes it: each file goes to disk as soon as it is made, into a staging
/// folder beside the output, and <see cref="Commit"/> swaps that in with renames once the build succeeded.
/// A reader of the old folder (or a web server serving it) never sees a half-written site, and a failed
/// build (<see cref="Dispose"/> without a commit) leaves the previous output exactly as it was.
/// </summary>
/// <remarks>
/// The tree swapped out is kept as <c>.&lt;name&gt;.previous</c> and recycled as the next build's staging
/// folder: its folders already exist and unchanged files are left alone. Creating some two thousand page
/// folders afresh was the largest part of writing a large site. The hidden folder is safe to delete.
/// Only folders a build made (<see cref="OutputFolder"/>) are ever moved or pruned; callers check first
/// with <see cref="OutputFolder.Resolve"/>, and this checks again before touching anything.
/// </remarks>
public sealed class StagedOutput : IOutputSink, IDisposable
{
    private readonly string _full;
    private readonly string _previous;
    private readonly ConcurrentDictionary<string, bool> _written = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private bool _committed;

    public StagedOutput(string outputDir)
    {
        _full = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        if (Directory.Exists(_full) && !OutputFolder.IsBuilt(_full) && !OutputFolder.IsEmpty(_full))
        {
            throw new IOException($"{_full} was not made by a build (no {OutputFolder.MarkerName}); it was left as it is");
        }
        var parent = Path.GetDirectoryName(_full)!;
        var name = Path.GetFileName(_full);
        Directory.CreateDirectory(parent);
        Staging = Path.Combine(parent, $".{name}.building");
        _previous = Path.Combine(parent, $".{name}.previous");
        DeleteIfExists(Staging);
        if (Directory.Exists(_previous) && OutputFolder.IsBuilt(_previous))
        {
            Directory.Move(_previous, Staging);
        }
        Directory.CreateDirectory(Staging);
    }

    /// <summary>The folder being written, swapped in by <see cref="Commit"/>.</summary>
    public string Staging { get; }

    /// <summary>The files of this build, by their path below the output folder.</summary>
    public IReadOnlyCollection<string> Paths => (IReadOnlyCollection<string>)_written.Keys;

    public int Count => _written.Count;

    public bool Contains(string path) => _written.ContainsKey(path);

    /// <summary>An unchanged file keeps its bytes and its time stamp, which also helps servers and rsync.</summary>
    public void Add(string path, byte[] content)
    {
        var target = Claim(path);
        var info = new FileInfo(target);
        if (info.Exists && info.Length == content.Length && File.ReadAllBytes(target).AsSpan().SequenceEqual(content))
        {
            return;
        }
        File.WriteAllBytes(target, content);
    }

    /// <summary>Written as it comes, so it always gets a new time stamp.</summary>
    public Stream Open(string path) => new FileStream(Claim(path), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);

    /// <summary>Removes what the recycled tree has and this build did not write, marks the site complete and swaps it in.</summary>
    public void Commit()
    {
        Prune();
        // Last, so that only a complete site is marked as one.
        File.WriteAllBytes(Path.Combine(Staging, OutputFolder.MarkerName), OutputFolder.MarkerContent);
        if (Directory.Exists(_full) && OutputFolder.IsEmpty(_full))
        {
            // An empty folder the editor made for the site: nothing to keep, and no marker to recycle it by.
            Directory.Delete(_full);
        }
        else if (Directory.Exists(_full))
        {
            Directory.Move(_full, _previous);
        }
        try
        {
            Directory.Move(Staging, _full);
            _committed = true;
        }
        catch
        {
            // Put the old site back so the server keeps serving something whole.
            if (Directory.Exists(_previous) && !Directory.Exists(_full))
            {
                Directory.Move(_previous, _full);
            }
            throw;
        }
    }

    /// <summary>Without a commit, the staging folder goes and the output stays as it was.</summary>
    public void Dispose()
    {
        if (!_committed)
        {
            DeleteIfExists(Staging);
        }
    }

    private string Claim(string path)
    {
        if (!_written.TryAdd(path, true))
        {
            throw new InvalidOperationException($"two outputs were written to {path}");
        }
        var target = Path.Combine(Staging, path);
        // Known only once made, so a second writer to the same folder never finds it missing.
        _folders.GetOrAdd(Path.GetDirectoryName(target)!, folder => Directory.CreateDirectory(folder).Exists);
        return target;
    }

    private void Prune()
    {
        var wanted = _written.Keys.Select(p => Path.Combine(Staging, p)).ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Staging, "*", SearchOption.AllDirectories).Where(f => !wanted.Contains(f)).ToList())
        {
            File.Delete(file);
        }
        foreach (var dir in Directory.EnumerateDirectories(Staging, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length).ToList())
        {
            if (!Directory.EnumerateFileSystemEntries(dir).Any())
            {
                Directory.Delete(dir);
            }
        }
    }

    private static void DeleteIfExists(string dir)
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
