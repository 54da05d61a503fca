using Guide.Pdf;

namespace Guide.Bench;

/// <summary>
/// A two-page bilingual form shaped like a guide worksheet: headings, a wrapped paragraph, a
/// table of text fields, multi-line fields and check boxes. Used by the benchmark and by the
/// cross-process determinism test.
/// </summary>
public static class SampleForm
{
    public static readonly DateTimeOffset Date = new(2025, 1, 15, 9, 30, 0, TimeSpan.FromHours(8));

    public const string Intro =
        "请在面谈前一周完成这张表。Fill in this sheet a week before the review: 用事实和数据说明每项指标的目标、实际和差距，" +
        "并把原因分成“自身原因”和“外部原因”。Keep each cause short (one line), and be honest about your own part.";

    public static byte[] Build(PdfFont regular, PdfFont? bold)
    {
        var document = new PdfDocument(new PdfDocumentOptions
        {
            Title = "KPI 差距复盘 / KPI gap review",
            Lang = "zh-CN",
            CreationDate = Date,
        });

        for (var p = 1; p <= 2; p++)
        {
            var page = document.AddPage(PageSize.A4);
            const double margin = 56;
            var width = page.Width - 2 * margin;
            var y = margin;
            y += TextLayout.Draw(page, $"KPI 差距复盘（第 {p} 页）", margin, y, width, regular, 18, TextAlign.Left, bold: true, boldFont: bold);
            y += 6 + TextLayout.Draw(page, Intro, margin, y, width, regular, 10.5);
            page.DrawLine(margin, y, margin + width, y, 0.5, PdfColor.LightGray);
            y += 10;

            string[] headers = ["指标 Indicator", "目标 Target", "实际 Actual", "差距 Gap"];
            var column = width / headers.Length;
            for (var c = 0; c < headers.Length; c++)
            {
                page.DrawRectangle(margin + c * column, y, column, 20, PdfColor.MidGray, PdfColor.Tint);
                TextLayout.Draw(page, headers[c], margin + c * column, y + 3, column, regular, 9.5, TextAlign.Center, bold: true);
            }

            y += 20;
            for (var row = 1; row <= 6; row++, y += 22)
            {
                for (var c = 0; c < headers.Length; c++)
                {
                    page.AddTextField(new TextField($"p{p}_r{row}_c{c + 1}", margin + c * column, y, column, 22, regular, 10)
                    {
                        Tooltip = $"第 {row} 行 {headers[c]} (row {row})",
                    });
                }
            }

            y += 14;
            page.DrawText("自身原因 Own causes", margin, y + 10, regular, 11, syntheticBold: true);
            page.AddTextField(new TextField($"p{p}_own", margin, y + 16, width, 80, regular, 10)
            {
                Tooltip = "自身原因 Own causes",
                Multiline = true,
                Value = p == 1 ? "跟进不及时。\nFollow-up was late." : null,
            });
            y += 110;

            string[] checks = ["已与经理确认 Agreed with manager", "需要培训 Training needed", "下次复盘已排期 Next review booked"];
            for (var i = 0; i < checks.Length; i++, y += 22)
            {
                page.AddCheckBox(new CheckBox($"p{p}_check{i + 1}", margin, y, 12) { Tooltip = checks[i], Checked = i == 0 });
                page.DrawText(checks[i], margin + 18, y + 10, regular, 10.5);
            }

            page.DrawLine(margin, page.Height - 40, margin + width, page.Height - 40, 0.5, PdfColor.MidGray, dashed: true);
            TextLayout.Draw(page, $"{p} / 2", margin, page.Height - 34, width, regular, 9, TextAlign.Right, PdfColor.MidGray);
        }

        return document.ToArray();
    }
}
