using System.Text.Json;

namespace Guide.Worksheets.Tests.Matrix;

/// <summary>
/// A PDF filled in the browser opens in every engine of the viewer matrix with the answers in its
/// fields and on the page, Chinese included, and stays a form: an engine can change an answer, save,
/// and every other answer is still there and still drawn.
/// </summary>
[Collection(BrowserFilledMatrixCollection.Name)]
public sealed class BrowserFilledTests(BrowserFilledMatrix matrix)
{
    public static TheoryData<string> Fillers() => [.. ViewerMatrix.Fillers];

    [Fact]
    public void The_browsers_file_holds_every_answer_and_poppler_shows_them()
    {
        ViewerMatrix.Require();
        var problems = new List<string>();
        foreach (var (name, (id, _)) in matrix.Files)
        {
            var answers = BrowserFilledMatrix.Answers[id].Answers;
            problems.AddRange(ValueProblems(name, matrix.BrowserPdf(name), answers));
            problems.AddRange(Missing(name, "poppler", matrix.PopplerText[("browser", name)], Texts(answers)));
            var check = ExternalTool.Run("qpdf", "--check", matrix.BrowserPdf(name));
            if (check.ExitCode != 0)
            {
                problems.Add($"{name}: qpdf --check: {check.Output}{check.Errors}");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [MemberData(nameof(Fillers))]
    public void An_engine_changes_one_answer_and_keeps_every_other(string engine)
    {
        ViewerMatrix.Require();
        var problems = new List<string>();
        foreach (var (name, (id, _)) in matrix.Files)
        {
            var (answers, edited) = BrowserFilledMatrix.Answers[id];
            var expected = new Dictionary<string, object>(answers) { [edited] = BrowserFilledMatrix.Edit };
            problems.AddRange(ValueProblems($"{engine} {name}", matrix.EditedPdf(engine, name), expected));
            problems.AddRange(Missing(name, $"poppler on {engine}'s file", matrix.PopplerText[(engine, name)], Texts(expected)));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [InlineData("PDFium")]
    [InlineData("pdf.js")]
    public void The_engine_draws_every_answer_after_the_change(string engine)
    {
        ViewerMatrix.Require();
        var problems = new List<string>();
        foreach (var (name, (id, _)) in matrix.Files)
        {
            var report = matrix.Reports[engine][name];
            if (report.Error is not null)
            {
                problems.Add($"{name}: {report.Error}");
                continue;
            }

            var (answers, edited) = BrowserFilledMatrix.Answers[id];
            var drawn = string.Concat(report.Pages.SelectMany(p => p).Select(i => i.Text + i.Below + i.PastEdge));
            problems.AddRange(Missing(name, engine, drawn, Texts(new Dictionary<string, object>(answers) { [edited] = BrowserFilledMatrix.Edit })));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    /// <summary>MuPDF sets every answer at 12 pt and never shrinks it, so only the short answers (names, dates) are sure to be whole on the page.</summary>
    [Fact]
    public void MuPDF_draws_the_changed_name_and_the_short_answers()
    {
        ViewerMatrix.Require();
        var problems = new List<string>();
        foreach (var (name, (id, _)) in matrix.Files)
        {
            var (answers, edited) = BrowserFilledMatrix.Answers[id];
            var expected = new Dictionary<string, object>(answers) { [edited] = BrowserFilledMatrix.Edit };
            var drawn = string.Concat(matrix.MuPdfText[name].Select(i => i.Text));
            problems.AddRange(Missing(name, "MuPDF", drawn, Texts(expected).Where(t => t.Length <= 8)));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private static IEnumerable<string> Texts(Dictionary<string, object> answers) =>
        answers.Values.OfType<string>().Where(v => !answers.Any(a => a.Value is string s && s == v && IsOption(a.Key)));

    /// <summary>A choice's value is an option id, not text on the page.</summary>
    private static bool IsOption(string field) => field == "profile";

    private static IEnumerable<string> Missing(string file, string engine, string drawn, IEnumerable<string> texts)
    {
        var squeezed = Squeeze(drawn);
        return texts.Where(t => !squeezed.Contains(Squeeze(t), StringComparison.Ordinal)).Select(t => $"{file}: {engine} does not show \"{t}\"");
    }

    private static IEnumerable<string> ValueProblems(string file, string pdf, Dictionary<string, object> answers)
    {
        var result = ExternalTool.Run("qpdf", "--json=2", "--json-key=acroform", pdf);
        if (result.ExitCode is not (0 or 3))
        {
            yield return $"{file}: qpdf could not read it: {result.Errors}";
            yield break;
        }

        using var json = JsonDocument.Parse(result.Output);
        var values = json.RootElement.GetProperty("acroform").GetProperty("fields").EnumerateArray()
            .GroupBy(f => f.GetProperty("fullname").GetString()!)
            .ToDictionary(g => g.Key, g => g.First().TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "");
        foreach (var (field, answer) in answers)
        {
            var expected = answer switch
            {
                true => "/Yes",
                string option when IsOption(field) => "/" + option,
                string text => "u:" + text.Replace('\n', '\r'),
                _ => "?",
            };
            var actual = values.GetValueOrDefault(field, "(no field)");
            // qpdf writes a plain-ASCII value without the u: mark.
            if (actual != expected && "u:" + actual != expected)
            {
                yield return $"{file} {field}: /V is {actual}, expected {expected}";
            }
        }
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
