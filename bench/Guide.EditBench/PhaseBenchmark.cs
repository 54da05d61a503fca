using System.Globalization;
using Guide.Building;
using Guide.Serving;

namespace Guide.EditBench;

/// <summary>
/// Where a rebuild of <c>guide serve</c> spends its time: the same edits as <see cref="ReloadBenchmark"/>,
/// but the rebuild is called directly (no file watcher, no settle, no event stream), and each phase of
/// the build and the swap of the served files is timed. The median of each over the edits.
/// </summary>
public static class PhaseBenchmark
{
    private const int WarmUp = 3;

    public static void Run(string repo, int edits, bool pdf)
    {
        var root = Repo.CopyGuide(repo);
        try
        {
            var options = new BuildOptions(Path.Combine(root, "input"), Path.Combine(root, "output"))
            {
                Worksheets = pdf,
                ThemeAssetsDir = Directory.Exists(Path.Combine(repo, "theme", "wwwroot")) ? Path.Combine(repo, "theme", "wwwroot") : null,
            };
            var rebuilder = new SiteRebuilder(options, new LiveReload(), TextWriter.Null);
            rebuilder.Rebuild();
            var pages = Repo.EditedPages(root);
            var phases = new Dictionary<string, List<double>>(StringComparer.Ordinal);
            var totals = new List<double>();
            for (var i = 0; i < WarmUp + edits; i++)
            {
                var page = pages[i % pages.Count];
                File.WriteAllText(page, File.ReadAllText(page) + $"\nEdit {i}.\n");
                var rebuilt = rebuilder.Rebuild();
                if (!rebuilt.Changed)
                {
                    throw new InvalidOperationException($"edit {i} changed nothing");
                }
                if (i < WarmUp)
                {
                    continue;
                }
                totals.Add(rebuilt.Time.TotalMilliseconds);
                // Whatever the rebuild does between its phases (reading the git head, setting up the writers).
                var between = rebuilt.Time - rebuilt.Phases.Aggregate(TimeSpan.Zero, (sum, p) => sum + p.Time);
                foreach (var (phase, time) in rebuilt.Phases.Append(("other", between)))
                {
                    (phases.TryGetValue(phase, out var list) ? list : phases[phase] = []).Add(time.TotalMilliseconds);
                }
            }
            Console.WriteLine($"rebuild after a save ({(pdf ? "with" : "without")} PDFs, {edits} edits after {WarmUp} warm-up): {Repo.Figures(totals)}");
            foreach (var (phase, times) in phases)
            {
                times.Sort();
                Console.WriteLine($"  {phase,-8} median {times[times.Count / 2].ToString("F1", CultureInfo.InvariantCulture)} ms, p90 {times[(int)(times.Count * 0.9)].ToString("F1", CultureInfo.InvariantCulture)} ms");
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
