namespace Guide.Output;

/// <summary>
/// Writes the output folder as a whole: into a temporary folder beside it, then swapped in with
/// renames. A reader of the old folder (or a web server serving it) never sees a half-written site,
/// and a failure leaves the previous output exactly as it was.
/// </summary>
public static class AtomicWriter
{
    public static void Write(string outputDir, OutputFiles files)
    {
        var full = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full)!;
        var name = Path.GetFileName(full);
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{name}.building");
        var previous = Path.Combine(parent, $".{name}.previous");
        DeleteIfExists(staging);
        DeleteIfExists(previous);

        try
        {
            var all = files.All();
            Directory.CreateDirectory(staging);
            foreach (var dir in all.Select(f => Path.GetDirectoryName(Path.Combine(staging, f.Key))!).Distinct())
            {
                Directory.CreateDirectory(dir);
            }
            Parallel.ForEach(all, file => File.WriteAllBytes(Path.Combine(staging, file.Key), file.Value));
        }
        catch
        {
            DeleteIfExists(staging);
            throw;
        }

        if (Directory.Exists(full))
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
        DeleteIfExists(previous);
    }

    private static void DeleteIfExists(string dir)
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
