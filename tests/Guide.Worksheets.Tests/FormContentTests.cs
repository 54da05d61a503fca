using System.Text.RegularExpressions;
using Guide.Pdf;

namespace Guide.Worksheets.Tests;

/// <summary>The parts of the brief a reader would look for on particular forms, and the page rules.</summary>
[Collection(RenderedCollection.Name)]
public sealed partial class FormContentTests(RenderedWorksheets rendered)
{
    [Fact]
    public void Smart_plan_has_a_check_box_per_letter()
    {
        var fields = PdfReaderTests.AcroFormFields(rendered.PathOf("W4", TheGuide.English));

        string[] letters = ["specific", "measurable", "achievable", "relevant", "time-bound"];
        Assert.All(letters, letter => Assert.Equal("/Btn", fields[$"smart_{letter}"].Type));
    }

    [Fact]
    public void Meeting_record_goal_table_has_the_six_columns_and_grades_a_to_d()
    {
        var fields = PdfReaderTests.AcroFormFields(rendered.PathOf("W5", TheGuide.English));

        string[] columns = ["goal", "target", "actual", "rate", "grade", "notes"];
        Assert.All(columns, column => Assert.True(fields.ContainsKey($"goals_r1_{column}"), column));
        Assert.Equal("Grade A–D · row 1: A, B, C or D, as defined at the top of the form.", fields["goals_r1_grade"].Tooltip);
        Assert.Equal(5, fields.Keys.Count(k => k.StartsWith("type_", StringComparison.Ordinal)));
    }

    [Fact]
    public void Meeting_record_covers_seed_004_with_checkpoints_acceptance_times_and_filing()
    {
        var fields = PdfReaderTests.AcroFormFields(rendered.PathOf("W5", TheGuide.Chinese));

        // Seed 004: who and with whom (with roles), when, where, which period, what kind of talk;
        // goals with target, actual, rate and grade; strengths; shortcomings with both views and
        // the cause; measures; then what the seed asks for after the talk.
        string[] seed = ["employee", "employee-role", "manager", "manager-role", "date", "place", "period", "type_routine",
            "type_improvement", "type_development", "type_other", "type-other", "goals_r1_target", "goals_r1_actual",
            "goals_r1_rate", "goals_r1_grade", "achievements", "shortcomings_r1_employee-view", "shortcomings_r1_manager-view",
            "shortcomings_r1_root-cause", "measures_r1_measure", "measures_r1_owner", "measures_r1_deadline", "measures_r1_support",
            "follow-up", "risks", "comments", "sign_employee_date", "sign_manager_date", "next-review"];
        string[] added = ["start", "end", "measures_r1_acceptance", "measures_r1_checkpoint", "recorded-by", "completed", "sent-to-hr", "received-by"];
        Assert.All(seed.Concat(added), name => Assert.True(fields.ContainsKey(name), name));
        Assert.DoesNotContain(fields.Keys, k => k.EndsWith("_signature", StringComparison.Ordinal));

        // Signing confirms the talk and the reading, not agreement; the employee's comments come right before.
        var text = ExternalTool.Run("pdftotext", "-raw", "-enc", "UTF-8", rendered.PathOf("W5", TheGuide.Chinese), "-").Output;
        Assert.Matches("员工的补充意见或不同意见(.|\n)*双方确认已面谈并阅读本记录", text);
        var en = ExternalTool.Run("pdftotext", "-raw", "-enc", "UTF-8", rendered.PathOf("W5", TheGuide.English), "-").Output;
        Assert.Contains("We both confirm that this conversation took place and that we have read this record", en.ReplaceLineEndings(" "), StringComparison.Ordinal);
        var sign = rendered.Get("W5").Fields.ToList();
        Assert.Equal("comments", sign[sign.FindIndex(f => f.Id == "sign") - 1].Id);
    }

    [Fact]
    public void Footer_counts_pages_and_names_the_guide()
    {
        var path = rendered.PathOf("W5", TheGuide.Chinese);
        var text = ExternalTool.Run("pdftotext", "-enc", "UTF-8", path, "-").Output;

        var pages = PageCount().Matches(text).Select(m => m.Value).ToList();
        Assert.True(pages.Count >= 2, text);
        Assert.All(pages, p => Assert.EndsWith($"共 {pages.Count} 页", p, StringComparison.Ordinal));
        Assert.Contains("绩效面谈指南", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_table_repeats_its_header_row_on_every_page()
    {
        const string yaml = """
            id: W1
            title: {zh-CN: 长表, en: Long table}
            purpose: {zh-CN: 用途, en: Purpose}
            when: {zh-CN: 何时, en: When}
            steps: [{zh-CN: 填写, en: Fill in}]
            intro: {zh-CN: 说明, en: Intro}
            sections:
              - heading: {zh-CN: 表格, en: Table}
                fields:
                  - id: gaps
                    kind: table
                    rows: 40
                    lines: 2
                    label: {zh-CN: 差距, en: Gaps}
                    help: {zh-CN: 每行一项, en: One per row}
                    columns:
                      - {id: indicator, label: {zh-CN: 考核指标, en: Indicator}}
                      - {id: gap, label: {zh-CN: 差距数值, en: Gap figure}}
            """;
        var worksheet = WorksheetCatalog.Parse("w1-long.yml", yaml, TheGuide.Languages, new DiagnosticBag())!;
        var path = Path.Combine(rendered.Folder, "long-table.pdf");
        File.WriteAllBytes(path, WorksheetPdf.Render(worksheet, TheGuide.Bilingual, rendered.Fonts, RenderedWorksheets.Options));

        var pages = Enumerable.Range(1, 3)
            .Select(p => ExternalTool.Run("pdftotext", "-f", $"{p}", "-l", $"{p}", "-enc", "UTF-8", path, "-").Output)
            .ToList();
        Assert.All(pages, page => Assert.Contains("考核指标", page, StringComparison.Ordinal));
        Assert.All(pages, page => Assert.Contains("Gap figure", page, StringComparison.Ordinal));
        Assert.Equal(80, PdfReaderTests.AcroFormFields(path).Count);
    }

    [Fact]
    public void A_field_taller_than_a_page_is_reported_at_its_line()
    {
        var detail = string.Concat(Enumerable.Repeat("这是一段很长的说明文字。", 800));
        var yaml = $$$"""
            id: W6
            title: {zh-CN: 卡片, en: Card}
            purpose: {zh-CN: 用途, en: Purpose}
            when: {zh-CN: 何时, en: When}
            steps: [{zh-CN: 填写, en: Fill in}]
            intro: {zh-CN: 说明, en: Intro}
            sections:
              - heading: {zh-CN: 步骤, en: Steps}
                fields:
                  - id: steps
                    kind: checkboxes
                    label: {zh-CN: 步骤, en: Steps}
                    help: {zh-CN: 勾选, en: Tick}
                    options:
                      - {id: one, label: {zh-CN: 一, en: One}, detail: {zh-CN: {{{detail}}}, en: Short}}
            """;
        var worksheet = WorksheetCatalog.Parse("w6-long.yml", yaml, TheGuide.Languages, new DiagnosticBag())!;
        var diagnostics = new DiagnosticBag();

        WorksheetPdf.Render(worksheet, TheGuide.Chinese, rendered.Fonts, RenderedWorksheets.Options, diagnostics);

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal("GUIDE041", error.Code);
        Assert.Equal(10, error.Line);
    }

    [Fact]
    public void Letter_paper_when_asked()
    {
        var bytes = WorksheetPdf.Render(rendered.Get("W6"), TheGuide.English, rendered.Fonts,
            RenderedWorksheets.Options with { PageSize = PageSize.Letter });
        var path = Path.Combine(rendered.Folder, "letter.pdf");
        File.WriteAllBytes(path, bytes);

        var info = ExternalTool.Run("pdfinfo", path).Output;
        Assert.Contains("612 x 792 pts (letter)", info, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_input_gives_the_same_bytes()
    {
        var worksheet = rendered.Get("W2");

        var first = WorksheetPdf.Render(worksheet, TheGuide.Bilingual, rendered.Fonts, RenderedWorksheets.Options);
        var second = WorksheetPdf.Render(worksheet, TheGuide.Bilingual, rendered.Fonts, RenderedWorksheets.Options);

        Assert.Equal(first, second);
    }

    [GeneratedRegex("第 \\d+ 页，共 \\d+ 页")]
    private static partial Regex PageCount();
}
