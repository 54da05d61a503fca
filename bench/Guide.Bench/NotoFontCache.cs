using System.Diagnostics;

namespace Guide.Bench;

/// <summary>
/// Finds Noto Sans SC (SIL OFL) in the font cache, fetching it once with
/// <c>npm pack @expo-google-fonts/noto-sans-sc@0.4.3</c> when it is missing. The cache is
/// <c>$GUIDE_FONT_CACHE</c> or <c>~/.cache/review-guide/fonts</c>; fonts are never committed.
/// </summary>
public static class NotoFontCache
{
    public const string Package = "@expo-google-fonts/noto-sans-sc@0.4.3";

    private static readonly Lock Gate = new();

    public static string Folder =>
        Environment.GetEnvironmentVariable("GUIDE_FONT_CACHE") is { Length: > 0 } custom
            ? custom
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "review-guide", "fonts");

    public static string PackageFolder => Path.Combine(Folder, "noto-sans-sc-0.4.3", "package");

    public static string Regular => Ensure(Path.Combine(PackageFolder, "400Regular", "NotoSansSC_400Regular.ttf"));

    public static string Bold => Ensure(Path.Combine(PackageFolder, "700Bold", "NotoSansSC_700Bold.ttf"));

    private static string Ensure(string path)
    {
        lock (Gate)
        {
            if (!File.Exists(path))
            {
                Fetch();
            }
        }

        return File.Exists(path) ? path : throw new FileNotFoundException($"Noto Sans SC is not at {path} and `npm pack {Package}` did not provide it.", path);
    }

    private static void Fetch()
    {
        var work = Directory.CreateTempSubdirectory("noto-sans-sc-");
        try
        {
            Run("npm", $"pack {Package} --silent", work.FullName);
            var tarball = Directory.GetFiles(work.FullName, "*.tgz").Single();
            var target = Path.Combine(Folder, "noto-sans-sc-0.4.3");
            Directory.CreateDirectory(target);
            Run("tar", $"xzf \"{tarball}\" -C \"{target}\"", work.FullName);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static void Run(string file, string arguments, string directory)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"`{file} {arguments}` failed with exit code {process.ExitCode}: {error.Result}");
        }
    }
}
