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
            AtomicWriter.Write(options.OutputDir, files);
        }
        catch
        {
            DeleteIfExists(stagedZip);
            throw;
        }
        if (stagedZip is not null)
        {
            File.Move(stagedZip, Path.GetFullPath(options.ZipPath!), overwrite: true);
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
