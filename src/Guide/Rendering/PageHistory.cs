using System.Diagnostics;
using Guide.Content;

namespace Guide.Rendering;

/// <summary>
/// "Last updated" dates from git and "edit this page" links. Dates come from commits, never from the
/// clock or file times, so two builds of the same commit give the same bytes. Without git, there are no dates.
/// </summary>
public sealed class PageHistory
{
    private readonly Dictionary<string, string> _dates;
    private readonly string? _repoRoot;
    private readonly SiteConfig _config;

    private PageHistory(SiteConfig config, string? repoRoot, Dictionary<string, string> dates)
    {
        _config = config;
        _repoRoot = repoRoot;
        _dates = dates;
    }

    public static PageHistory None(SiteConfig config) => new(config, null, []);

    /// <summary>
    /// The repository's root and its HEAD commit, or null outside git: all that the dates depend on, so
    /// a rebuild reads the log again only after a commit.
    /// </summary>
    public static string? Head(string inputDir) => Git(inputDir, "rev-parse", "--show-toplevel", "HEAD")?.Trim();

    /// <param name="head">What <see cref="Head"/> answered for <paramref name="inputDir"/>.</param>
    public static PageHistory Read(string inputDir, string? head, SiteConfig config)
    {
        var root = head?.Split('\n')[0].Trim();
        if (string.IsNullOrEmpty(root))
        {
            return None(config);
        }
        // One log over the whole input folder: newest commit first, so the first date seen for a file is its latest.
        var log = Git(inputDir, "log", "--format=@%cs", "--name-only", "--no-renames", "--", ".") ?? "";
        var dates = new Dictionary<string, string>(StringComparer.Ordinal);
        var current = "";
        foreach (var line in log.Split('\n'))
        {
            if (line.StartsWith('@'))
            {
                current = line[1..];
            }
            else if (line.Length > 0)
            {
                dates.TryAdd(line, current);
            }
        }
        return new PageHistory(config, root, dates);
    }

    /// <summary>The same dates with another site.yml (its repository and branch make the edit links).</summary>
    public PageHistory With(SiteConfig config) => new(config, _repoRoot, _dates);

    /// <summary>Reads the history of the input folder with <see cref="Head"/> and <see cref="Read(string, string?, SiteConfig)"/>.</summary>
    public static PageHistory Read(string inputDir, SiteConfig config) => Read(inputDir, Head(inputDir), config);

    public string? LastUpdated(Page page) =>
        RepoPath(page) is { } path && _dates.TryGetValue(path, out var date) ? date : null;

    public string? EditUrl(Page page)
    {
        if (_config.Repository is not { } repo || RepoPath(page) is not { } path)
        {
            return null;
        }
        var edit = repo.Contains("gitlab", StringComparison.OrdinalIgnoreCase) ? "-/edit" : "edit";
        return $"{repo}/{edit}/{_config.EditBranch}/{path}";
    }

    private string? RepoPath(Page page) =>
        _repoRoot is null ? null : Path.GetRelativePath(_repoRoot, Path.GetFullPath(page.SourcePath)).Replace('\\', '/');

    private static string? Git(string workingDir, params string[] args)
    {
        try
        {
            var info = new ProcessStartInfo("git") { WorkingDirectory = workingDir, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in args)
            {
                info.ArgumentList.Add(a);
            }
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
