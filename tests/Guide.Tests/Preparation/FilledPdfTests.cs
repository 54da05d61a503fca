using Guide.Tests.Theme;
using Microsoft.Playwright;

namespace Guide.Tests.Preparation;

/// <summary>
/// "Download filled PDF" on a worksheet page, in Chromium on the real guide: the PDF is made on the
/// device from the page's answers, with no request leaving the site, served and from disk; its fields
/// hold every answer, and poppler and PDFium (the viewer matrix's script) draw every one, Chinese included.
/// </summary>
public sealed class FilledPdfTests(ThemeSite site, Chromium chromium)
{
    private static readonly Dictionary<string, string> W2 = new()
    {
        ["name"] = "张鑫琪",
        ["manager"] = "王婷",
        ["period"] = "2025 年上半年",
        ["proud_r1_result"] = "提前一周上线新版结算系统，客户满意度从 82% 提高到 95%",
        ["proud_r1_factors"] = "每天和客户对一次进度；José Müller 帮忙做了压力测试 ≤5% →",
        ["improve_r1_area"] = "时间管理",
        ["improve_r1_cause"] = "需求变更后没有及时重排优先级，导致两次延期。\n下次当天重排。",
        ["support_r3_why"] = "解决时间管理的问题",
        ["notes"] = "想谈谈明年转岗到产品部的可能。\nAlso: career direction (Q3).",
    };

    private static readonly Dictionary<string, string> W5 = new()
    {
        ["employee"] = "José Müller 张鑫琪",
        ["manager"] = "Wang Ting",
        ["goals_r1_goal"] = "New clients signed",
        ["goals_r1_rate"] = "≤40%",
        ["achievements"] = "Launched the billing system a week early; client satisfaction 82% → 95%.",
        ["shortcomings_r1_employee-view"] = "需求变更后没有及时重排优先级",
        ["measures_r1_measure"] = "Re-plan the week on the day a requirement changes",
    };

    [Fact]
    public async Task Download_filled_W2_and_W5_and_every_answer_is_in_the_PDF_for_poppler_and_PDFium()
    {
        PdfReaders.Require();
        foreach (var (path, answers, ticks, fromDisk) in new[]
        {
            ("zh-CN/worksheets/w2-three-three/", W2, Array.Empty<string>(), false),
            ("en/worksheets/w5-meeting-record/", W5, ["type_improvement", "type_development"], false),
            ("zh-CN/worksheets/w2-three-three/", W2, [], true),
        })
        {
            await using var reader = await ReaderSession.OpenAsync(site, chromium, path, fromDisk);
            var prefix = "ws-" + path.Split('/')[2][..2] + "-";
            await reader.FillWorksheetAsync(path, answers.ToDictionary(a => prefix + a.Key, a => a.Value), [.. ticks.Select(t => prefix + t)]);

            var download = await reader.Page.RunAndWaitForDownloadAsync(() => reader.Page.ClickAsync(".worksheet-actions [data-fill-pdf]"));
            var pdf = Path.Combine(ReaderSession.Shots(site), $"filled-{path.Split('/')[2]}-{path[..2]}{(fromDisk ? "-disk" : "")}.pdf");
            await download.SaveAsAsync(pdf);
            await Assertions.Expect(reader.Page.Locator(".worksheet-actions [data-fill-status]")).ToHaveTextAsync(path.StartsWith("en", StringComparison.Ordinal) ? "Done; see the downloaded file." : "已生成，请查看下载的文件。");
            Assert.EndsWith("-filled.pdf", download.SuggestedFilename, StringComparison.Ordinal);

            var fields = PdfReaders.Fields(pdf);
            foreach (var (name, value) in answers)
            {
                Assert.Equal(value.Replace('\n', '\r'), fields[name]);
            }
            Assert.All(ticks, t => Assert.Equal("/Yes", fields[t]));
            Assert.Equal("/Off", fields.GetValueOrDefault("type_routine", "/Off"));

            var poppler = PdfReaders.Squeezed(PdfReaders.PopplerText(pdf));
            var pdfium = PdfReaders.Squeezed(PdfReaders.PdfiumText(pdf));
            foreach (var value in answers.Values.Select(PdfReaders.Squeezed))
            {
                Assert.True(poppler.Contains(value, StringComparison.Ordinal), $"{path}: poppler does not show {value}");
                Assert.True(pdfium.Contains(value, StringComparison.Ordinal), $"{path}: PDFium does not show {value}");
            }
            Assert.True(reader.Problems.Count == 0, string.Join("; ", reader.Problems));
        }
    }

    [Fact]
    public async Task An_empty_form_says_to_fill_it_in_first_and_downloads_nothing()
    {
        PdfReaders.Require();
        await using var reader = await ReaderSession.OpenAsync(site, chromium, "zh-CN/worksheets/w3-conversation-checklist/");
        var downloads = 0;
        reader.Page.Download += (_, _) => downloads++;

        await reader.Page.ClickAsync(".worksheet-fill [data-fill-pdf]");

        await Assertions.Expect(reader.Page.Locator(".worksheet-fill [data-fill-status]")).ToHaveTextAsync("还没有填写任何内容。先在下面填写，再下载填好的 PDF。");
        Assert.Equal(0, downloads);
        Assert.Empty(reader.Problems);
    }

}
