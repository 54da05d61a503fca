using System.Text.Json;
using Guide.Tests.Support;

namespace Guide.Tests.Preparation;

/// <summary>
/// What readers see in a PDF the browser made: poppler's text and page count, qpdf's field values, and
/// PDFium's text after flattening, through the viewer matrix's own PDFium script (tests/engines/matrix).
/// </summary>
public static class PdfReaders
{
    /// <summary>AR PL UMing (fonts-arphic-uming), the Song face the viewer matrix gives PDFium for the typing font.</summary>
    public const string StandIn = "/usr/share/fonts/truetype/arphic/uming.ttc";

    /// <summary>pdftotext's text of the whole file, in content order (-raw), so each field's lines stay together.</summary>
    public static string PopplerText(string pdf) => Run("pdftotext", "-raw", "-enc", "UTF-8", pdf, "-");

    public static int Pages(string pdf) =>
        int.Parse(Run("pdfinfo", pdf).Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))["Pages:".Length..].Trim(),
            System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Each field's /V as qpdf reads it: text without qpdf's "u:" mark, names such as /Yes as they are.</summary>
    public static Dictionary<string, string> Fields(string pdf)
    {
        using var json = JsonDocument.Parse(Run("qpdf", "--json=2", "--json-key=acroform", pdf));
        return json.RootElement.GetProperty("acroform").GetProperty("fields").EnumerateArray()
            .Where(f => f.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String)
            .GroupBy(f => f.GetProperty("fullname").GetString()!)
            .ToDictionary(g => g.Key, g => g.First().GetProperty("value").GetString() is { } v && v.StartsWith("u:", StringComparison.Ordinal) ? v[2..] : g.First().GetProperty("value").GetString()!);
    }

    /// <summary>
    /// The characters PDFium draws on each page once widget appearances are flattened into the page, as
    /// printing does: the viewer matrix's pdfium.mjs with a plan that changes nothing.
    /// </summary>
    public static string PdfiumText(string pdf)
    {
        var folder = Directory.CreateTempSubdirectory("pdfium-").FullName;
        var plan = Path.Combine(folder, "plan.json");
        File.WriteAllText(plan, JsonSerializer.Serialize(new
        {
            dpi = 72,
            font = new { path = StandIn, faceIndex = 0, name = "AR PL UMing CN" },
            files = new[] { new { name = "filled", input = pdf, pages = Pages(pdf), text = new Dictionary<string, string>(), checks = Array.Empty<string>(), choices = new Dictionary<string, string[]>(), widgets = Array.Empty<object>() } },
        }));
        Run("node", Path.Combine(Repo.Root, "tests", "engines", "matrix", "pdfium.mjs"), plan, Path.Combine(folder, "out"));
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "out", "report.json")));
        var file = report.RootElement.GetProperty("filled");
        Assert.False(file.TryGetProperty("error", out var error), error.ToString());
        return string.Concat(file.GetProperty("pages").EnumerateArray()
            .SelectMany(p => p.GetProperty("chars").EnumerateArray())
            .Select(c => c[0].GetString()));
    }

    /// <summary>Text without any white space: wrapping and line ends differ by reader, the characters may not.</summary>
    public static string Squeezed(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>Skips a test that reads the PDF it made with poppler, qpdf and PDFium, saying what to install; in CI fails it.</summary>
    public static void Require()
    {
        string?[] missing =
        [
            Requires.HasChromium ? null : "Chromium (apt-get install chromium)",
            Requires.HasFont ? null : "the worksheet font (see .ci/run)",
            Directory.Exists(Path.Combine(Repo.Root, "tests", "engines", "node_modules", "@embedpdf", "pdfium")) ? null : "PDFium ((cd tests/engines && npm ci))",
            Requires.OnPath("pdftotext") && Requires.OnPath("qpdf") ? null : "poppler-utils and qpdf (apt-get install poppler-utils qpdf)",
            File.Exists(StandIn) ? null : "fonts-arphic-uming (apt-get install fonts-arphic-uming)",
        ];
        var list = missing.OfType<string>().ToList();
        Requires.Need(list.Count == 0, "a filled PDF is read with " + string.Join(", ", list));
    }

    private static string Run(string program, params string[] arguments)
    {
        var run = Processes.Run(program, arguments);
        Assert.True(run.ExitCode == 0, $"{program} {string.Join(' ', arguments)} exited with {run.ExitCode}: {run.Stderr}");
        return run.Stdout;
    }
}
