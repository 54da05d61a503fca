using System.Diagnostics;
using System.Text;

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

    public static Result Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}; is it installed (apt-get install qpdf poppler-utils)?");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new Result(process.ExitCode, output, error.Result);
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
