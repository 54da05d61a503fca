using Guide.Cli;

namespace Guide.Tests.Hardening;

/// <summary>
/// Inputs that used to end in a stack trace, some in a stack overflow (exit 134): each now ends in
/// <c>path:line:col: error GUIDE0NN</c> and exit code 1, from <c>check</c> and <c>build</c> alike.
/// </summary>
public class NoStackTraceTests
{
    public static TheoryData<string, string, string, string> Inputs => new()
    {
        // name, file, content, code
        { "deep block quotes", "input/en/before/deep.md", Page(new string('>', 100_000) + " hi"), "GUIDE021" },
        { "deep lists", "input/en/before/deep.md", Page(string.Concat(Enumerable.Range(0, 3000).Select(i => new string(' ', 2 * i) + "- a\n"))), "GUIDE021" },
        { "deep emphasis", "input/en/before/deep.md", Page(new string('*', 50_000) + "a" + new string('*', 50_000)), "GUIDE021" },
        { "deep brackets", "input/en/before/deep.md", Page(new string('[', 5_000) + "a"), "GUIDE021" },
        { "deep YAML in front matter", "input/en/before/deep.md", "---\ntitle: x\nsummary: " + new string('[', 100_000) + "\n---\nhi\n", "GUIDE021" },
        { "deep YAML in site.yml", "input/site.yml", "title: x\nlanguages: " + string.Concat(Enumerable.Repeat("{a: ", 100_000)) + "\n", "GUIDE021" },
        { "deep YAML in a worksheet", "worksheets/w3-deep.yml", "id: W3\nsections: " + new string('[', 100_000) + "\n", "GUIDE021" },
        { "an unclosed brace in a worksheet", "worksheets/w3-brace.yml", "id: W3\ntitle: {zh-CN: 标题\nintro: x\n", "GUIDE030" },
        { "a NUL in a link", "input/en/before/nul.md", Page("[a](a%00b.png)"), "GUIDE005" },
        { "a page at the print edition's address", "input/en/print.md", Page("mine"), "GUIDE004" },
        { "a page at the worksheet index's address", "input/en/worksheets/index.md", Page("mine"), "GUIDE004" },
        { "an alias without its anchor in front matter (found by the fuzz test)", "input/en/before/alias.md", "---\ntitle: x\n<<: *a\n---\nhi\n", "GUIDE001" },
        { "an alias without its anchor in a worksheet", "worksheets/w3-alias.yml", "id: W3\n<<: *a\n", "GUIDE030" },
        { "a duplicate language code", "input/site.yml", "title: x\nlanguages:\n  - { code: en, label: English }\n  - { code: en, label: Again }\n", "GUIDE025" },
        { "a malformed language code", "input/site.yml", "title: x\nlanguages:\n  - { code: en }\n  - { code: \"../../tmp/x\" }\n", "GUIDE025" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Check_and_build_report_the_file_instead_of_crashing(string name, string file, string content, string code)
    {
        using var site = new FixtureSite(FixtureSite.Small());
        Directory.CreateDirectory(Path.Combine(site.Root, "worksheets"));
        File.Copy(Path.Combine(Repo.Worksheets, "w2-three-three.yml"), Path.Combine(site.Root, "worksheets", "w2-three-three.yml"));
        site.Write(file, content);

        Expect.Problem(Processes.Guide(site.Root, "check", "--no-pdf"), file, code);
        Expect.Problem(Processes.Guide(site.Root, "build", "--no-pdf"), file, code);
        Assert.False(string.IsNullOrEmpty(name));
    }

    /// <summary>input/terms.yml is read by check's wording rules only; the build does not need it.</summary>
    public static TheoryData<string, string, string> WordingInputs => new()
    {
        { "deep YAML in terms.yml", "terms: " + new string('[', 100_000) + "\n", "GUIDE021" },
        { "an alias without its anchor in terms.yml", "terms:\n  - preferred: *a\n", "GUIDE057" },
    };

    [Theory]
    [MemberData(nameof(WordingInputs))]
    public void Check_reports_a_broken_terms_file_and_build_goes_on_without_it(string name, string content, string code)
    {
        using var site = new FixtureSite(FixtureSite.Small());
        site.Write("input/terms.yml", content);

        Expect.Problem(Processes.Guide(site.Root, "check", "--no-pdf"), "input/terms.yml", code);
        Assert.True(site.Build().Succeeded, name);
    }

    [Fact]
    public void Anything_unexpected_is_one_line_with_the_file_and_exit_code_2()
    {
        var error = new StringWriter();
        var failure = new AggregateException(new FileProcessingException("input/en/x.md", new NullReferenceException("Object reference not set")));

        var exit = UnexpectedFailure.Report(failure, error);

        Assert.Equal(2, exit);
        var text = error.ToString();
        Assert.StartsWith("input/en/x.md:1:1: error GUIDE027: ", text);
        Assert.Contains("NullReferenceException", text);
        Assert.Single(text.TrimEnd().Split('\n'));
    }

    private static string Page(string body) => "---\ntitle: Deep\n---\n\n" + body + "\n";
}
