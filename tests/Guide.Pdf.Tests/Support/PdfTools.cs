using Guide.Testing;

namespace Guide.Pdf.Tests.Support;

/// <summary>Runs the readers a user would use (qpdf, poppler) on a written PDF.</summary>
internal static class PdfTools
{
    public sealed record Result(int ExitCode, string Output, string Error);

    /// <summary>Writes <paramref name="pdf"/> to a fresh temporary file and returns its path.</summary>
    public static string Save(byte[] pdf, string name = "test.pdf")
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("guide-pdf-").FullName, name);
        File.WriteAllBytes(path, pdf);
        return path;
    }

    /// <summary>Runs qpdf or a poppler tool; skips the test (fails it in CI) when the tool is not installed.</summary>
    public static Result Run(string tool, params string[] arguments)
    {
        Requires.Tool(tool, tool == "qpdf" ? "qpdf" : "poppler-utils");
        var run = Processes.Run(tool, arguments);
        return new Result(run.ExitCode, run.Stdout, run.Stderr);
    }

    /// <summary>Text as pdftotext extracts it (UTF-8, reading order, no page-break characters).</summary>
    public static string Text(string pdf, params string[] options)
    {
        var result = Run("pdftotext", [.. options, "-enc", "UTF-8", "-nopgbrk", pdf, "-"]);
        Assert.True(result.ExitCode == 0, result.Error);
        return result.Output;
    }

    /// <summary>Renders page <paramref name="page"/> to an 8-bit grey image with pdftoppm, asserting it printed nothing on stderr.</summary>
    public static GrayImage Render(string pdf, int page = 1, int dpi = 72)
    {
        var prefix = Path.Combine(Path.GetDirectoryName(pdf)!, $"render-{page}");
        var result = Run("pdftoppm", "-gray", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-f", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", page.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-singlefile", pdf, prefix);
        Assert.True(result.ExitCode == 0 && result.Error.Length == 0, $"pdftoppm exit {result.ExitCode}: {result.Error}");
        return GrayImage.ReadPgm(prefix + ".pgm");
    }
}
