using System.Globalization;
using Guide.Building;
using Guide.Serving;

namespace Guide.EditBench;

/// <summary>
/// Where a rebuild of <c>guide serve</c> spends its time: the same edits as <see cref="ReloadBenchmark"/>,
/// but the rebuild is called directly (no file watcher, no settle, no event stream), and each phase of
/// the build and the swap of the served files is timed, with the garbage collections the rebuild paused for.
/// The median of each over the edits.
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
            var times = new Dictionary<string, List<double>>(StringComparer.Ordinal);
            var (collections, full) = (0, 0);
            for (var i = 0; i < WarmUp + edits; i++)
            {
                var page = pages[i % pages.Count];
                File.WriteAllText(page, File.ReadAllText(page) + $"\nEdit {i}.\n");
                var (collected, collectedFull, paused) = (GC.CollectionCount(0), GC.CollectionCount(2), GC.GetTotalPauseDuration());
                var rebuilt = rebuilder.Rebuild();
                if (!rebuilt.Changed)
                {
                    throw new InvalidOperationException($"edit {i} changed nothing");
                }
                if (i < WarmUp)
                {
                    continue;
                }
                // CollectionCount(0) counts every collection, CollectionCount(2) the full ones among them.
                collections += GC.CollectionCount(0) - collected;
                full += GC.CollectionCount(2) - collectedFull;
                // Whatever the rebuild does between its phases (setting up the writers, waiting for git).
                var between = rebuilt.Time - rebuilt.Phases.Aggregate(TimeSpan.Zero, (sum, p) => sum + p.Time);
                foreach (var (phase, time) in rebuilt.Phases.Append(("other", between)).Append(("gc pause", GC.GetTotalPauseDuration() - paused)).Prepend(("rebuild", rebuilt.Time)))
                {
                    (times.TryGetValue(phase, out var list) ? list : times[phase] = []).Add(time.TotalMilliseconds);
                }
            }
            Console.WriteLine($"rebuild after a save ({(pdf ? "with" : "without")} PDFs, {edits} edits after {WarmUp} warm-up): {Repo.Figures(times["rebuild"])}");
            Console.WriteLine($"  collections per rebuild {Per(collections, edits)}, full ones {Per(full, edits)}; heap {GC.GetGCMemoryInfo().HeapSizeBytes / 1_000_000} MB after the last");
            foreach (var (phase, list) in times.Where(t => t.Key != "rebuild"))
            {
                list.Sort();
                Console.WriteLine($"  {phase,-8} median {list[list.Count / 2].ToString("F1", CultureInfo.InvariantCulture)} ms, p90 {list[(int)(list.Count * 0.9)].ToString("F1", CultureInfo.InvariantCulture)} ms");
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static string Per(int count, int edits) => ((double)count / edits).ToString("F1", CultureInfo.InvariantCulture);
}
