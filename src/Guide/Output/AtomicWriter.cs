namespace Guide.Output;

/// <summary>
/// Writes the output folder as a whole: into a staging folder beside it, then swapped in with
/// renames. A reader of the old folder (or a web server serving it) never sees a half-written site,
/// and a failure leaves the previous output exactly as it was.
/// </summary>
/// <remarks>
/// The tree swapped out is kept as <c>.&lt;name&gt;.previous</c> and recycled as the next build's staging
/// folder: its folders already exist and unchanged files are left alone. Creating some two thousand page
/// folders afresh was the largest part of writing a large site. The hidden folder is safe to delete.
/// Only folders a build made (<see cref="OutputFolder"/>) are ever moved or pruned; callers check first
/// with <see cref="OutputFolder.Resolve"/>, and this checks again before touching anything.
/// </remarks>
public static class AtomicWriter
{
    public static void Write(string outputDir, OutputFiles files)
    {
        var full = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        if (Directory.Exists(full) && !OutputFolder.IsBuilt(full) && !OutputFolder.IsEmpty(full))
        {
            throw new IOException($"{full} was not made by a build (no {OutputFolder.MarkerName}); it was left as it is");
        }
        var parent = Path.GetDirectoryName(full)!;
        var name = Path.GetFileName(full);
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{name}.building");
        var previous = Path.Combine(parent, $".{name}.previous");
        if (Directory.Exists(previous) && OutputFolder.IsBuilt(previous))
        {
            DeleteIfExists(staging);
            Directory.Move(previous, staging);
        }

        try
        {
            var all = files.All();
            Directory.CreateDirectory(staging);
            Prune(staging, all);
            foreach (var dir in all.Select(f => Path.GetDirectoryName(Path.Combine(staging, f.Key))!).Distinct())
            {
                Directory.CreateDirectory(dir);
            }
            Parallel.ForEach(all, file => WriteIfChanged(Path.Combine(staging, file.Key), file.Value));
            // Last, so that only a complete site is marked as one.
            File.WriteAllBytes(Path.Combine(staging, OutputFolder.MarkerName), OutputFolder.MarkerContent);
        }
        catch
        {
            DeleteIfExists(staging);
            throw;
        }

        if (Directory.Exists(full) && OutputFolder.IsEmpty(full))
        {
            // An empty folder the editor made for the site: nothing to keep, and no marker to recycle it by.
            Directory.Delete(full);
        }
        else if (Directory.Exists(full))
        {
            Directory.Move(full, previous);
        }
        try
        {
            Directory.Move(staging, full);
        }
        catch
        {
            // Put the old site back so the server keeps serving something whole.
            if (Directory.Exists(previous) && !Directory.Exists(full))
            {
                Directory.Move(previous, full);
            }
            throw;
        }
    }

    /// <summary>Removes what the recycled tree has and this build does not: old files, then folders left empty.</summary>
    private static void Prune(string staging, IReadOnlyList<KeyValuePair<string, byte[]>> files)
    {
        var wanted = files.Select(f => Path.Combine(staging, f.Key)).ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories).Where(f => !wanted.Contains(f)).ToList())
        {
            File.Delete(file);
        }
        foreach (var dir in Directory.EnumerateDirectories(staging, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length).ToList())
        {
            if (!Directory.EnumerateFileSystemEntries(dir).Any())
            {
                Directory.Delete(dir);
            }
        }
    }

    /// <summary>An unchanged file keeps its bytes and its time stamp, which also helps servers and rsync.</summary>
    private static void WriteIfChanged(string path, byte[] content)
    {
        var info = new FileInfo(path);
        if (info.Exists && info.Length == content.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(content))
        {
            return;
        }
        File.WriteAllBytes(path, content);
    }

    private static void DeleteIfExists(string dir)
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
