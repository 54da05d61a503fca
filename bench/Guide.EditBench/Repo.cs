namespace Guide.EditBench;

/// <summary>The repository (found by walking up to Guide.sln) and throwaway copies of its guide.</summary>
public static class Repo
{
    public static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Guide.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Guide.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Copies input/, worksheets/ and rehearsals/ into a new temporary folder, so edits never reach the repository.</summary>
    public static string CopyGuide(string repo)
    {
        var root = Path.Combine(Path.GetTempPath(), "guide-editbench-" + Guid.NewGuid().ToString("N")[..8]);
        foreach (var folder in new[] { "input", "worksheets", "rehearsals" })
        {
            var from = Path.Combine(repo, folder);
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var to = Path.Combine(root, folder, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Copy(file, to);
            }
        }
        return root;
    }

    /// <summary>The pages the editing benchmarks change in turn, alternating between the languages.</summary>
    public static List<string> EditedPages(string root) =>
        [.. new[] { "zh-CN/before/self-review.md", "en/before/self-review.md", "zh-CN/during/listening.md", "en/during/listening.md" }
            .Select(p => Path.Combine(root, "input", p))];

    public static string Figures(List<double> ms)
    {
        ms.Sort();
        static string F(double v) => v.ToString("F0", System.Globalization.CultureInfo.InvariantCulture);
        return $"median {F(ms[ms.Count / 2])} ms, p90 {F(ms[(int)(ms.Count * 0.9)])} ms, min {F(ms[0])} ms, max {F(ms[^1])} ms (n={ms.Count})";
    }
}
