using Guide.Building;
using Guide.Output;

namespace Guide.Hosting;

/// <summary>
/// Puts a finished build where HR needs it: the output folder (with precompressed copies when asked)
/// and, when asked, one zip of the site. A zip that cannot be written fails the build before the
/// output folder is touched, so "left unchanged" stays true.
/// </summary>
public static class Publisher
{
    public static BuildResult Write(BuildOptions options, BuildResult built, IBuildProgress progress)
    {
        if (OutputFolder.Resolve(options, out var refused) is not { } outputDir)
        {
            return built with { Diagnostics = [.. built.Diagnostics, refused!] };
        }
        var files = built.Files!;
        // The zip is for opening from disk, where .gz and .br copies are of no use: it takes the site as built.
        var site = files.All();
        string? stagedZip = null;
        if (options.ZipPath is { } zipPath)
        {
            progress.Phase("zip");
            stagedZip = Path.GetFullPath(zipPath) + ".building";
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(stagedZip)!);
                File.WriteAllBytes(stagedZip, SiteZip.Pack(SiteZip.FolderOf(zipPath), site));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                DeleteIfExists(stagedZip);
                var error = Diagnostic.Error(DisplayPath.Of(zipPath), 0, 0, DiagnosticCodes.OutputFailed, $"the zip could not be written: {e.Message}");
                return built with { Diagnostics = [.. built.Diagnostics, error] };
            }
        }
        if (options.Precompress)
        {
            progress.Phase("compress");
            foreach (var (path, content) in Precompressor.CopiesOf(site))
            {
                files.Add(path, content);
            }
        }
        progress.Phase("write");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            AtomicWriter.Write(outputDir, files);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Disk full, a read-only folder, no permission: the old site is back in place (AtomicWriter swaps last).
            DeleteIfExists(stagedZip);
            var error = Diagnostic.Error(DisplayPath.Of(options.OutputDir), 0, 0, DiagnosticCodes.OutputFailed, $"the site could not be written: {e.Message}");
            return built with { Diagnostics = [.. built.Diagnostics, error] };
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

    private static void DeleteIfExists(string? path)
    {
        if (path is not null && File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
