using Guide.Bench;
using Guide.Pdf.Tests.Support;

namespace Guide.Pdf.Tests;

/// <summary>Generated PDFs as qpdf and poppler see them: valid, text that copies back exactly, pages that render without complaint.</summary>
public sealed class ReaderTests
{
    private const string Chinese = "绩效面谈：先倾听，再回应。";
    private const string English = "Review conversation: listen first, then respond.";
    private const string Mixed = "目标 SMART：具体、可衡量（Specific, Measurable）。";

    [Fact]
    public void Sample_form_passes_qpdf_check_without_warnings()
    {
        var path = PdfTools.Save(SampleForm.Build(TestFonts.Regular, TestFonts.Bold));
        var check = PdfTools.Run("qpdf", "--check", path);

        // qpdf exits 3 when it only has warnings, so 0 means none.
        Assert.True(check.ExitCode == 0, check.Output + check.Error);
        Assert.Contains("No syntax or stream encoding errors found", check.Output);
        Assert.Equal("", check.Error);
    }

    [Fact]
    public void Pdftotext_gives_back_the_chinese_and_english_lines_drawn()
    {
        var document = new PdfDocument(new PdfDocumentOptions { Title = "Text", Lang = "zh-CN" });
        var page = document.AddPage(PageSize.A4);
        page.DrawText(Chinese, 50, 80, TestFonts.Regular, 12);
        page.DrawText(English, 50, 120, TestFonts.Regular, 12);
        page.DrawText(Mixed, 50, 160, TestFonts.Bold, 12);
        page.DrawText("粗体标题 Synthetic bold", 50, 200, TestFonts.Regular, 12, syntheticBold: true);

        var lines = Lines(PdfTools.Text(PdfTools.Save(document.ToArray())));

        Assert.Equal([Chinese, English, Mixed, "粗体标题 Synthetic bold"], lines);
    }

    [Fact]
    public void Pdftotext_gives_back_a_wrapped_paragraph_line_by_line()
    {
        var paragraph = string.Concat(Enumerable.Repeat(SampleForm.Intro, 2));
        var document = new PdfDocument(new PdfDocumentOptions());
        var page = document.AddPage(PageSize.A4);
        var height = TextLayout.Draw(page, paragraph, 60, 60, 300, TestFonts.Regular, 11);

        var wrapped = TextLayout.Wrap(paragraph, TestFonts.Regular, 11, 300);
        var lines = Lines(PdfTools.Text(PdfTools.Save(document.ToArray())));

        Assert.True(wrapped.Count > 4, "the paragraph should wrap onto several lines");
        Assert.Equal(wrapped, lines);
        Assert.Equal(paragraph.Replace(" ", "", StringComparison.Ordinal), string.Concat(lines).Replace(" ", "", StringComparison.Ordinal));
        Assert.Equal(wrapped.Count * TestFonts.Regular.LineHeight(11), height, 3);
    }

    [Fact]
    public void Every_page_of_the_sample_form_renders_without_warnings()
    {
        var path = PdfTools.Save(SampleForm.Build(TestFonts.Regular, TestFonts.Bold));

        for (var page = 1; page <= 2; page++)
        {
            var image = PdfTools.Render(path, page);

            // Ink where the heading is: the glyphs were found and drawn, not blank boxes.
            Assert.True(image.DarkPixels(56, 56, 200, 24) > 200, $"page {page}: heading not drawn");
        }
    }

    [Fact]
    public void Metadata_has_title_language_producer_and_the_given_date()
    {
        var path = PdfTools.Save(SampleForm.Build(TestFonts.Regular, TestFonts.Bold));
        var info = PdfTools.Run("pdfinfo", "-isodates", path).Output;
        var catalog = PdfTools.Run("qpdf", "--show-object=1", path).Output;

        Assert.Contains("KPI 差距复盘 / KPI gap review", info);
        Assert.Contains("Producer:        Review Conversation Guide PDF writer", info);
        Assert.Contains("CreationDate:    2025-01-15T09:30:00+08", info);
        Assert.Contains("/Lang (zh-CN)", catalog);
        Assert.Contains("/DisplayDocTitle true", catalog);
    }

    private static string[] Lines(string text) =>
        text.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToArray();
}
