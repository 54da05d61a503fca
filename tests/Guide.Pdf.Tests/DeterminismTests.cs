using Guide.Bench;
using Guide.Pdf.Tests.Support;

namespace Guide.Pdf.Tests;

/// <summary>The same document gives the same bytes: twice in one process, and in two separate processes.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void The_same_document_twice_in_one_process_gives_the_same_bytes()
    {
        var first = SampleForm.Build(TestFonts.Regular, TestFonts.Bold);

        // Freshly loaded font objects, so nothing cached on the first ones can leak into the result.
        var second = SampleForm.Build(PdfFont.Load(TestFonts.Regular.Path), PdfFont.Load(TestFonts.Bold.Path));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Two_processes_write_the_same_bytes()
    {
        var folder = Directory.CreateTempSubdirectory("guide-determinism-").FullName;
        var bench = Path.Combine(AppContext.BaseDirectory, "Guide.Bench.dll");
        byte[] Write(string name)
        {
            var path = Path.Combine(folder, name);
            var result = PdfTools.Run(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", bench, "write", path);
            Assert.True(result.ExitCode == 0, result.Error);
            return File.ReadAllBytes(path);
        }

        var first = Write("a.pdf");
        var second = Write("b.pdf");

        Assert.Equal(first, second);
        Assert.Equal(SampleForm.Build(TestFonts.Regular, TestFonts.Bold), first);
    }

    [Fact]
    public void The_document_id_changes_with_the_content()
    {
        byte[] Build(string text)
        {
            var document = new PdfDocument(new PdfDocumentOptions { CreationDate = SampleForm.Date });
            document.AddPage(PageSize.A4).DrawText(text, 50, 50, TestFonts.Regular, 12);
            return document.ToArray();
        }

        static string Id(byte[] pdf)
        {
            var text = System.Text.Encoding.Latin1.GetString(pdf);
            var at = text.LastIndexOf("/ID [<", StringComparison.Ordinal);
            return text.Substring(at, 40);
        }

        Assert.Equal(Id(Build("一")), Id(Build("一")));
        Assert.NotEqual(Id(Build("一")), Id(Build("二")));
    }
}
