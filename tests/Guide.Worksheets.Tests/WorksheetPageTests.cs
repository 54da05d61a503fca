using System.Text.RegularExpressions;
using Guide.Theme.Worksheets;

namespace Guide.Worksheets.Tests;

/// <summary>The HTML body of a worksheet page: same controls as the PDF, nothing that could send data.</summary>
public sealed partial class WorksheetPageTests
{
    private static readonly WorksheetCatalog Catalog = WorksheetCatalog.Load(Repo.Worksheets, TheGuide.Languages, new DiagnosticBag());

    internal static string Render(string id, string lang, string? bilingual = "w.bilingual.pdf") =>
        ComponentRenderer.Render<WorksheetPage>(new()
        {
            [nameof(WorksheetPage.Worksheet)] = Catalog.FindById(id),
            [nameof(WorksheetPage.Lang)] = lang,
            [nameof(WorksheetPage.PdfHref)] = "w.pdf",
            [nameof(WorksheetPage.Ui)] = WorksheetUiText.From(TheGuide.Theme[lang]),
            [nameof(WorksheetPage.BilingualPdfHref)] = bilingual,
        });

    [Theory]
    [InlineData("W1", "zh-CN")]
    [InlineData("W5", "en")]
    [InlineData("W6", "zh-CN")]
    [InlineData("W9", "en")]
    public void The_form_has_every_control_of_the_pdf(string id, string lang)
    {
        var html = Render(id, lang);

        // Radio buttons share their group's name, so each name counts once.
        var names = InputName().Matches(html).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal(FormControls.Of(Catalog.FindById(id)!, TheGuide.Words).Select(c => c.Name), names);
    }

    [Fact]
    public void Nothing_can_submit_or_run_inline()
    {
        var html = Render("W5", "zh-CN");

        Assert.DoesNotContain("<form", html, StringComparison.Ordinal);
        Assert.DoesNotContain("action=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" on", OpeningTags(html), StringComparison.Ordinal);
        Assert.Contains("data-worksheet-storage=\"review-guide:worksheet:W5:zh-CN\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_texts_and_downloads_are_in_the_page_language()
    {
        var zh = Render("W2", "zh-CN");
        var en = Render("W2", "en", bilingual: null);

        Assert.Contains(">下载 PDF</a>", zh, StringComparison.Ordinal);
        Assert.Contains(">下载中英双语版 PDF</a>", zh, StringComparison.Ordinal);
        Assert.Contains("只保存在这台设备的这个浏览器里", zh, StringComparison.Ordinal);
        Assert.Contains(">Download PDF</a>", en, StringComparison.Ordinal);
        Assert.DoesNotContain("w.bilingual.pdf", en, StringComparison.Ordinal);
        Assert.Contains("kept only in this browser", en, StringComparison.Ordinal);
    }

    [Fact]
    public void Snapshot_of_the_three_three_page_in_english()
    {
        var html = Render("W2", "en");
        var verified = Path.Combine(Repo.Root, "tests", "Guide.Worksheets.Tests", "Snapshots", "w2-three-three.en.verified.html");
        var received = Path.ChangeExtension(verified, null).Replace(".verified", ".received", StringComparison.Ordinal) + ".html";

        if (!File.Exists(verified) || File.ReadAllText(verified) != html)
        {
            File.WriteAllText(received, html);
            Assert.Fail($"The page differs from {verified}; compare it with {received} and, if the change is intended, rename the received file.");
        }
    }

    private static string OpeningTags(string html) => string.Concat(Tag().Matches(html).Select(m => m.Value));

    [GeneratedRegex("name=\"([^\"]+)\"")]
    private static partial Regex InputName();

    [GeneratedRegex("<[a-z][^>]*>")]
    private static partial Regex Tag();
}
