using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;

namespace Guide.Worksheets;

/// <summary>
/// Fills the font cache from npm: <c>npm pack</c> in a temp folder, then only the needed faces are
/// taken out of the tarball. Also runs the other outside tools the locator asks (fc-match).
/// </summary>
internal sealed class FontFetcher(string cacheFolder, string packageFolder)
{
    /// <summary>Runs npm pack in a temp folder and extracts the two faces into the cache.</summary>
    public void Fill(string npm, string package, IReadOnlyList<string> entries)
    {
        var temp = Directory.CreateTempSubdirectory("guide-fonts-");
        try
        {
            if (!Run(npm, $"pack {package} --silent", temp.FullName, out _))
            {
                return;
            }

            var tarball = temp.GetFiles("*.tgz").FirstOrDefault();
            if (tarball is not null)
            {
                Extract(tarball.FullName, entries);
            }
        }
        finally
        {
            temp.Delete(recursive: true);
        }
    }

    private void Extract(string tarball, IReadOnlyList<string> entries)
    {
        using var gzip = new GZipStream(File.OpenRead(tarball), CompressionMode.Decompress);
        using var reader = new TarReader(gzip);
        while (reader.GetNextEntry() is { } entry)
        {
            if (!entries.Contains(entry.Name) || entry.DataStream is null)
            {
                continue;
            }

            // Write beside the target and rename, so a parallel build never reads half a font.
            var target = Path.Combine(cacheFolder, packageFolder, entry.Name);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var partial = $"{target}.{Environment.ProcessId}.partial";
            using (var file = File.Create(partial))
            {
                entry.DataStream.CopyTo(file);
            }

            File.Move(partial, target, overwrite: true);
        }
    }

    public static bool Run(string program, string arguments, string workingDirectory, out string output)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start);
        if (process is null)
        {
            output = "";
            return false;
        }

        var stdout = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            output = "";
            return false;
        }

        output = stdout.Result;
        return process.ExitCode == 0;
    }
}
