using System.Diagnostics;
using System.Globalization;
using Guide.Pdf;

namespace Guide.Bench;

/// <summary>Prints milliseconds per two-page form document, cold and warm, and the file size. Figures, not a test.</summary>
public static class PdfBenchmark
{
    public static void Run(int runs)
    {
        var clock = Stopwatch.StartNew();
        var regular = PdfFont.Load(NotoFontCache.Regular);
        var bold = PdfFont.Load(NotoFontCache.Bold);
        var loadMs = clock.Elapsed.TotalMilliseconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"font load (regular + bold, {new FileInfo(regular.Path).Length / 1e6:0.0} MB each): {loadMs:0.0} ms"));

        clock.Restart();
        var bytes = SampleForm.Build(regular, bold);
        var cold = clock.Elapsed.TotalMilliseconds;

        var warm = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            clock.Restart();
            SampleForm.Build(regular, bold);
            warm.Add(clock.Elapsed.TotalMilliseconds);
        }

        warm.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"two-page form: cold {cold:0.0} ms, warm median {warm[warm.Count / 2]:0.0} ms (min {warm[0]:0.0}, n={runs}), {bytes.Length:N0} bytes"));
    }
}
