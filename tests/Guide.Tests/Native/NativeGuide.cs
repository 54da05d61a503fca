using System.Security.Cryptography;
using System.Text;

namespace Guide.Tests.Native;

/// <summary>
/// The guide as `dotnet publish -r linux-x64` makes it: one native executable, compiled ahead of time
/// and trimmed. It is published from a copy of the sources, so the repository's own build folders are
/// never touched, and kept in the cache under a hash of those sources: a test run after no change to
/// the generator reuses it instead of spending a minute compiling.
/// </summary>
public sealed class NativeGuide
{
    /// <summary>What the publish reads: the generator's and theme's sources and the shared build settings.</summary>
    private static readonly string[] Sources = ["src", "theme", "global.json", "Directory.Build.props", "Directory.Packages.props"];

    private readonly Lazy<string> _executable = new(Publish);

    /// <summary>The executable, published on first use.</summary>
    public Executable Executable
    {
        get
        {
            Requires.Tool("clang", "clang zlib1g-dev");
            return new(_executable.Value);
        }
    }

    public ProcessRun Run(string workingDir, params string[] arguments) => Processes.Guide(Executable, workingDir, arguments);

    /// <summary>The same, to stream its output or stop it.</summary>
    public CliWrap.Command Command(string workingDir, params string[] arguments) => Processes.GuideCommand(Executable, workingDir, arguments);

    private static string Publish()
    {
        var files = SourceFiles().ToList();
        var cache = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "review-guide", "native", HashOf(files));
        var executable = Path.Combine(cache, "guide");
        if (File.Exists(executable))
        {
            return executable;
        }

        var copy = Path.Combine(Path.GetTempPath(), "guide-native-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            foreach (var file in files)
            {
                var target = Path.Combine(copy, file);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(Path.Combine(Repo.Root, file), target);
            }
            var staged = cache + ".staged";
            // Without debugging symbols: they would be twice the executable's size in the cache.
            var run = Processes.Run("dotnet", ["publish", "src/Guide/Guide.csproj", "-c", "Release", "-r", "linux-x64", "-o", staged,
                "-p:DebugType=None", "-p:DebugSymbols=false", "-nologo", "-v", "quiet"], copy);
            if (run.ExitCode != 0)
            {
                throw new InvalidOperationException($"dotnet publish of the native guide exited with {run.ExitCode}:\n{run.Stdout}\n{run.Stderr}");
            }
            if (Directory.Exists(cache))
            {
                Directory.Delete(cache, recursive: true);
            }
            Directory.Move(staged, cache);
            // Earlier sources' executables are of no more use.
            foreach (var old in Directory.EnumerateDirectories(Path.GetDirectoryName(cache)!).Where(dir => dir != cache))
            {
                Directory.Delete(old, recursive: true);
            }
            return executable;
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private static IEnumerable<string> SourceFiles() =>
        Sources.SelectMany(source => File.Exists(Path.Combine(Repo.Root, source))
                ? [source]
                : Directory.EnumerateFiles(Path.Combine(Repo.Root, source), "*", SearchOption.AllDirectories)
                    .Select(path => Path.GetRelativePath(Repo.Root, path))
                    .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj")))
            .Order(StringComparer.Ordinal);

    private static string HashOf(IEnumerable<string> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file + "\n"));
            hash.AppendData(File.ReadAllBytes(Path.Combine(Repo.Root, file)));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
