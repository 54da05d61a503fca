namespace Guide.Worksheets.Tests;

/// <summary>GUIDE047: a label or hint with a character the print font cannot draw is an error at that text.</summary>
[Collection(RenderedCollection.Name)]
public sealed class PrintableTextTests(RenderedWorksheets rendered)
{
    private const string Yaml = """
        id: W2
        title: {zh-CN: 三三自评表, en: Three-three self-assessment}
        purpose: {zh-CN: 用途, en: Purpose}
        when: {zh-CN: 何时, en: When}
        steps:
          - {zh-CN: 第一步, en: Step one}
        intro: {zh-CN: 说明, en: Intro}
        sections:
          - heading: {zh-CN: 基本信息, en: About you}
            fields:
              - id: name
                kind: text
                label: {zh-CN: 姓名, en: Name}
                help: {zh-CN: 你的姓名, en: Your name}
        """;

    [Fact]
    public void The_shipped_worksheets_print_every_character()
    {
        var diagnostics = new DiagnosticBag();

        Assert.All(rendered.Catalog.All, w => Assert.True(PrintableText.Check(w, rendered.Fonts, diagnostics)));
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void An_emoji_in_a_label_and_a_rare_character_in_a_hint_are_reported_where_they_are()
    {
        var yaml = Yaml
            .Replace("label: {zh-CN: 姓名, en: Name}", "label: {zh-CN: 姓名, en: Name 🙂}", StringComparison.Ordinal)
            .Replace("help: {zh-CN: 你的姓名,", "help: {zh-CN: 你的𠀋姓名,", StringComparison.Ordinal);
        var worksheet = WorksheetCatalog.Parse("worksheets/w2-three-three.yml", yaml, TheGuide.Languages, new DiagnosticBag())!;
        var diagnostics = new DiagnosticBag();

        Assert.False(PrintableText.Check(worksheet, rendered.Fonts, diagnostics));

        var errors = diagnostics.Sorted();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal("GUIDE047", e.Code));
        Assert.StartsWith("worksheets/w2-three-three.yml:13:32: ", errors[0].ToString(), StringComparison.Ordinal);
        Assert.Contains("the en label \"Name 🙂\" has '🙂' (U+1F642)", errors[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("worksheets/w2-three-three.yml:14:23: ", errors[1].ToString(), StringComparison.Ordinal);
        Assert.Contains("'𠀋' (U+2000B)", errors[1].Message, StringComparison.Ordinal);
    }
}
