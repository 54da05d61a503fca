using System.Diagnostics;
using Guide.Building;
using Guide.Checking;

namespace Guide.EditBench;

/// <summary>How long <c>guide check</c> takes on the real guide once the code is warm.</summary>
public static class CheckBenchmark
{
    public static void Run(string repo, int runs)
    {
        var options = new BuildOptions(Path.Combine(repo, "input"), Path.Combine(repo, "output"));
        var clock = Stopwatch.StartNew();
        var first = ContentCheck.Run(options, strict: false);
        Console.WriteLine($"check, first run in this process (JIT included): {clock.ElapsedMilliseconds} ms; {first.Pages} pages, {first.Errors} errors, {first.Warnings} warnings");
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            clock.Restart();
            ContentCheck.Run(options, strict: false);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"check, warm: {Repo.Figures(times)}");
    }
}
