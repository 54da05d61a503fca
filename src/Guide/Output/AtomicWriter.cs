namespace Guide.Output;

/// <summary>Writes an output made in memory as a whole, through a <see cref="StagedOutput"/>.</summary>
public static class AtomicWriter
{
    public static void Write(string outputDir, OutputFiles files)
    {
        using var staged = new StagedOutput(outputDir);
        Parallel.ForEach(files.All(), file => staged.Add(file.Key, file.Value));
        staged.Commit();
    }
}
