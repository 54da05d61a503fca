using Guide.Building;
using Guide.Output;

namespace Guide.Hosting;

/// <summary>
/// <c>guide build</c> from the model to the disk: each file is written into a staging folder as the build
/// makes it (with precompressed copies when asked), then, when the build succeeded, packed into one zip
/// when asked, and swapped in for the output folder. A failed build or a zip that cannot be written
/// removes the staging folder, so the output folder is left as it was.
/// </summary>
public static class Publisher
{
    public static BuildResult Build(BuildOptions options, IBuildProgress progress)
    {
        if (OutputFolder.Resolve(options, out var refused) is not { } outputDir)
        {
            return Failed([refused!]);
        }
        try
        {
            using var staged = new StagedOutput(outputDir);
            var precompressed = options.Precompress ? new PrecompressedOutput(staged) : null;
            var built = new SiteBuilder(options, progress).Build((IOutputSink?)precompressed ?? staged);
            return built.Succeeded ? Publish(options, staged, precompressed?.OwnPaths ?? staged.Paths, built, progress) : built;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Disk full, a read-only folder, no permission: the staging folder is gone and the old site in place.
            return Failed([Diagnostic.Error(DisplayPath.Of(options.OutputDir), 0, 0, DiagnosticCodes.OutputFailed, $"the site could not be written: {e.Message}")]);
        }
    }

    /// <summary>The zip (staged beside its place, so a failure leaves no half of one), then the swap.</summary>
    private static BuildResult Publish(BuildOptions options, StagedOutput staged, IReadOnlyCollection<string> site, BuildResult built, IBuildProgress progress)
    {
        string? stagedZip = null;
        if (options.ZipPath is { } zipPath)
        {
            progress.Phase("zip");
            stagedZip = Path.GetFullPath(zipPath) + ".building";
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(stagedZip)!);
                using var zip = File.Create(stagedZip);
                SiteZip.Pack(zip, SiteZip.FolderOf(zipPath), site, path => File.ReadAllBytes(Path.Combine(staged.Staging, path)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                DeleteIfExists(stagedZip);
                var error = Diagnostic.Error(DisplayPath.Of(zipPath), 0, 0, DiagnosticCodes.OutputFailed, $"the zip could not be written: {e.Message}");
                return built with { Diagnostics = [.. built.Diagnostics, error] };
            }
        }
        progress.Phase("write");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            staged.Commit();
        }
        catch
        {
            DeleteIfExists(stagedZip);
            throw;
        }
        if (stagedZip is not null)
        {
            try
            {
                File.Move(stagedZip, Path.GetFullPath(options.ZipPath!), overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                DeleteIfExists(stagedZip);
                var error = Diagnostic.Error(DisplayPath.Of(options.ZipPath!), 0, 0, DiagnosticCodes.OutputFailed, $"the site was written, but the zip could not be: {e.Message}");
                return built with { Diagnostics = [.. built.Diagnostics, error] };
            }
        }
        return built with { Phases = [.. built.Phases, ("write", clock.Elapsed)] };
    }

    private static BuildResult Failed(IReadOnlyList<Diagnostic> problems) => new(null, problems, new Dictionary<string, int>(), []);

    private static void DeleteIfExists(string? path)
    {
        if (path is not null && File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
