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

        foreach (var extra in new[] { false, true })
        {
            clock.Restart();
            var bytes = SampleForm.Build(regular, bold, extra);
            var cold = clock.Elapsed.TotalMilliseconds;

            var warm = new List<double>(runs);
            for (var i = 0; i < runs; i++)
            {
                clock.Restart();
                SampleForm.Build(regular, bold, extra);
                warm.Add(clock.Elapsed.TotalMilliseconds);
            }

            warm.Sort();
            var label = extra ? "with GB2312 level-1 Hanzi in the subset" : "glyphs drawn only";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"two-page form, {label}: cold {cold:0.0} ms, warm median {warm[warm.Count / 2]:0.0} ms (min {warm[0]:0.0}, n={runs}), {bytes.Length:N0} bytes"));
        }
    }
}
