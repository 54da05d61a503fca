namespace Guide.Worksheets.Tests;

/// <summary>Each mistake an editor can make gives its code at the line where it was made.</summary>
public sealed class ValidationTests
{
    private const string Valid = """
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
              - id: proud
                kind: table
                rows: 3
                label: {zh-CN: 成果, en: Results}
                help: {zh-CN: 三件事, en: Three things}
                columns:
                  - {id: result, width: 2, label: {zh-CN: 成果, en: Result}}
        """;

    [Fact]
    public void A_valid_definition_loads()
    {
        var (worksheet, diagnostics) = Parse(Valid);

        Assert.Empty(diagnostics);
        Assert.Equal("W2", worksheet!.Id);
        Assert.Equal(4, FormControls.Of(worksheet, TheGuide.Words).Count);
    }

    [Theory]
    [InlineData("kind: text", "kind: txet", "GUIDE032", 12, "did you mean 'text'")]
    [InlineData("label: {zh-CN: 姓名, en: Name}", "label: {zh-CN: 姓名}", "GUIDE033", 13, "no en text")]
    [InlineData("label: {zh-CN: 姓名, en: Name}", "label: 姓名", "GUIDE033", 13, "both languages")]
    [InlineData("title: {zh-CN: 三三自评表, en: Three-three self-assessment}", "title: {en: Three-three}", "GUIDE033", 2, "no zh-CN text")]
    [InlineData("- id: proud", "- id: name", "GUIDE034", 15, "duplicate id 'name' (first used on line 11)")]
    [InlineData("rows: 3", "rows: three", "GUIDE035", 17, "whole number from 1 to 60")]
    [InlineData("rows: 3", "rows: 0", "GUIDE035", 17, "whole number")]
    [InlineData("id: W2", "title_: x", "GUIDE031", 1, "needs 'id:'")]
    [InlineData("help: {zh-CN: 你的姓名, en: Your name}", "hlep: {zh-CN: 你的姓名, en: Your name}", "GUIDE036", 14, "did you mean 'help'")]
    [InlineData("en: Name}", "en: Name, first}", "GUIDE037", 13, "double quotes")]
    [InlineData("- id: name", "- id: Full Name", "GUIDE038", 11, "lowercase")]
    [InlineData("id: W2", "id: Worksheet 2", "GUIDE038", 1, "W followed by a number")]
    [InlineData("steps:\n  - {", "steps: {", "GUIDE037", 5, "must be a list")]
    [InlineData("steps:", "steps: [", "GUIDE030", 6, "not valid YAML")]
    public void A_mistake_is_reported_at_its_line(string find, string replace, string code, int line, string message)
    {
        var (worksheet, diagnostics) = Parse(Valid.Replace(find, replace, StringComparison.Ordinal));

        Assert.Null(worksheet);
        var error = Assert.Single(diagnostics, d => d.Code == code);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"worksheets/w2-three-three.yml:{line}:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_choice_is_one_control_with_an_option_per_radio_button()
    {
        var (worksheet, diagnostics) = Parse(Valid + Choice);

        Assert.Empty(diagnostics);
        var control = FormControls.Of(worksheet!, TheGuide.Words).Last();
        Assert.Equal(("mood", ControlKind.Choice), (control.Name, control.Kind));
        Assert.Equal(["good", "bad"], control.Options);
    }

    [Fact]
    public void A_choice_with_one_option_is_reported_at_its_options()
    {
        var (worksheet, diagnostics) = Parse(Valid + Choice.Replace("      - {id: bad, label: {zh-CN: 差, en: Bad}}\n", "", StringComparison.Ordinal));

        Assert.Null(worksheet);
        var error = Assert.Single(diagnostics);
        Assert.Equal(("GUIDE035", 27), (error.Code, error.Line));
        Assert.Contains("a choice with one option", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Header_true_repeats_a_one_line_field_and_is_unknown_on_other_kinds()
    {
        var (worksheet, diagnostics) = Parse(Valid.Replace("kind: text", "kind: text\n        header: true", StringComparison.Ordinal));
        Assert.Empty(diagnostics);
        Assert.True(worksheet!.Fields.OfType<SingleLineField>().Single().InHeader);

        (worksheet, diagnostics) = Parse(Valid.Replace("rows: 3", "rows: 3\n        header: true", StringComparison.Ordinal));
        Assert.Null(worksheet);
        Assert.Equal(("GUIDE036", 18), (Assert.Single(diagnostics).Code, diagnostics[0].Line));
    }

    [Fact]
    public void Folded_chinese_lines_join_without_a_space_and_english_keeps_its_spaces()
    {
        var yaml = Valid.Replace("intro: {zh-CN: 说明, en: Intro}", """
            intro:
              zh-CN: >-
                先把事实写下来，
                再约时间面谈
                并留出 30 分钟。
                回顾 KPI 完成率
              en: >-
                Write the facts down,
                then book the talk.
            """, StringComparison.Ordinal);

        var (worksheet, diagnostics) = Parse(yaml);

        Assert.Empty(diagnostics);
        Assert.Equal("先把事实写下来，再约时间面谈并留出 30 分钟。回顾 KPI 完成率", worksheet!.Intro.Get("zh-CN"));
        Assert.Equal("Write the facts down, then book the talk.", worksheet.Intro.Get("en"));
    }

    [Fact]
    public void Two_files_with_one_id_are_reported()
    {
        var folder = Directory.CreateTempSubdirectory("worksheets-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "w2-a.yml"), Valid);
            File.WriteAllText(Path.Combine(folder, "w2-b.yml"), Valid);
            var diagnostics = new DiagnosticBag();

            var catalog = WorksheetCatalog.Load(folder, TheGuide.Languages, diagnostics);

            Assert.Single(catalog.All);
            var error = Assert.Single(diagnostics.Sorted());
            Assert.Equal("GUIDE039", error.Code);
            Assert.Contains("w2-a.yml", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_missing_folder_is_an_error_not_an_exception()
    {
        var diagnostics = new DiagnosticBag();

        var catalog = WorksheetCatalog.Load(Path.Combine(Path.GetTempPath(), "no-such-worksheets-folder"), TheGuide.Languages, diagnostics);

        Assert.Empty(catalog.All);
        Assert.Equal("GUIDE040", Assert.Single(diagnostics.Sorted()).Code);
    }

    private const string Choice = """

              - id: mood
                kind: choice
                label: {zh-CN: 状态, en: Mood}
                help: {zh-CN: 选一项, en: Choose one}
                options:
                  - {id: good, label: {zh-CN: 好, en: Good}}
                  - {id: bad, label: {zh-CN: 差, en: Bad}}

        """;

    private static (Worksheet? Worksheet, IReadOnlyList<Diagnostic> Diagnostics) Parse(string yaml)
    {
        var bag = new DiagnosticBag();
        var worksheet = WorksheetCatalog.Parse("worksheets/w2-three-three.yml", yaml, TheGuide.Languages, bag);
        return (worksheet, bag.Sorted());
    }
}
