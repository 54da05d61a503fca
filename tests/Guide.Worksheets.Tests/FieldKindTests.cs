using System.Text.RegularExpressions;
using Guide.Theme.Worksheets;

namespace Guide.Worksheets.Tests;

/// <summary>
/// The field kinds are a closed set: every kind the model has is one an editor can write, is parsed,
/// and gives controls on both sides, the PDF's and the HTML form's, with the same names. A kind
/// forgotten on either side fails here, because each kind must give at least one control.
/// </summary>
public sealed partial class FieldKindTests
{
    private const string EveryKind = """
        id: W2
        title: {zh-CN: 每种栏目, en: Every kind}
        purpose: {zh-CN: 用途, en: Purpose}
        when: {zh-CN: 何时, en: When}
        steps:
          - {zh-CN: 第一步, en: Step one}
        intro: {zh-CN: 说明, en: Intro}
        sections:
          - heading: {zh-CN: 全部, en: All}
            fields:
              - {id: name, kind: text, label: {zh-CN: 姓名, en: Name}, help: {zh-CN: 姓名, en: Name}}
              - {id: notes, kind: lines, lines: 2, label: {zh-CN: 记录, en: Notes}, help: {zh-CN: 记录, en: Notes}}
              - id: ticks
                kind: checkboxes
                label: {zh-CN: 勾选, en: Ticks}
                help: {zh-CN: 勾选, en: Ticks}
                options:
                  - {id: a, label: {zh-CN: 甲, en: A}}
                  - {id: b, label: {zh-CN: 乙, en: B}}
              - id: mood
                kind: choice
                label: {zh-CN: 心情, en: Mood}
                help: {zh-CN: 选一个, en: Pick one}
                options:
                  - {id: good, label: {zh-CN: 好, en: Good}}
                  - {id: bad, label: {zh-CN: 差, en: Bad}}
              - id: goals
                kind: table
                rows: 2
                label: {zh-CN: 目标, en: Goals}
                help: {zh-CN: 目标, en: Goals}
                columns:
                  - {id: goal, label: {zh-CN: 目标, en: Goal}}
                  - {id: target, label: {zh-CN: 目标值, en: Target}}
              - id: signed
                kind: signatures
                label: {zh-CN: 签名, en: Signatures}
                help: {zh-CN: 签名, en: Sign}
                signers:
                  - {id: employee, label: {zh-CN: 员工, en: Employee}}
        """;

    [Fact]
    public void Every_kind_of_the_model_is_written_parsed_and_named_alike()
    {
        var model = typeof(WorksheetField).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(WorksheetField)) && !t.IsAbstract)
            .ToList();
        var worksheet = Parse();

        Assert.Equal(model.Count, FieldKinds.All.Count);
        Assert.Equal(FieldKinds.All.Order(StringComparer.Ordinal), FieldParser.KnownKinds.Order(StringComparer.Ordinal));
        Assert.Equal(model.Select(t => t.Name).Order(StringComparer.Ordinal), worksheet.Fields.Select(f => f.GetType().Name).Order(StringComparer.Ordinal));
        Assert.Equal(FieldKinds.All.Order(StringComparer.Ordinal), worksheet.Fields.Select(f => f.Kind).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public void Each_kind_gives_the_same_controls_in_the_pdf_and_the_html_form(string lang)
    {
        var worksheet = Parse();
        var html = ComponentRenderer.Render<WorksheetPage>(new()
        {
            [nameof(WorksheetPage.Worksheet)] = worksheet,
            [nameof(WorksheetPage.Lang)] = lang,
            [nameof(WorksheetPage.PdfHref)] = "w.pdf",
            [nameof(WorksheetPage.Ui)] = WorksheetUiText.From(TheGuide.Theme[lang]),
        });

        foreach (var field in worksheet.Fields)
        {
            var controls = FormControls.Of(field, TheGuide.Words).Select(c => c.Name).ToList();
            Assert.True(controls.Count > 0, $"the {field.Kind} field gives no control");
            var inputs = InputName().Matches(html).Select(m => m.Groups[1].Value)
                .Where(n => n == field.Id || n.StartsWith(field.Id + "_", StringComparison.Ordinal)).Distinct().ToList();
            Assert.Equal(controls, inputs);
        }
    }

    private static Worksheet Parse()
    {
        var diagnostics = new DiagnosticBag();
        var worksheet = WorksheetCatalog.Parse("worksheets/w2-every-kind.yml", EveryKind, TheGuide.Languages, diagnostics);
        Assert.Empty(diagnostics.Sorted());
        return worksheet!;
    }

    [GeneratedRegex("name=\"([^\"]+)\"")]
    private static partial Regex InputName();
}
