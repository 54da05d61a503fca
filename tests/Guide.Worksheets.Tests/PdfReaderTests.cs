using System.Text.Json;

namespace Guide.Worksheets.Tests;

/// <summary>Every worksheet in every edition, checked with the readers users and printers rely on.</summary>
[Collection(RenderedCollection.Name)]
public sealed class PdfReaderTests(RenderedWorksheets rendered)
{
    [Theory]
    [MemberData(nameof(RenderedWorksheets.All), MemberType = typeof(RenderedWorksheets))]
    public void Qpdf_finds_no_errors(string id, string edition)
    {
        var result = ExternalTool.Run("qpdf", "--check", rendered.PathOf(id, RenderedWorksheets.EditionNamed(edition)));

        Assert.True(result.ExitCode == 0, result.Output + result.Errors);
        Assert.Contains("No syntax or stream encoding errors", result.Output);
    }

    [Theory]
    [MemberData(nameof(RenderedWorksheets.All), MemberType = typeof(RenderedWorksheets))]
    public void Every_control_is_a_form_field_with_its_tooltip(string id, string edition)
    {
        var ed = RenderedWorksheets.EditionNamed(edition);
        var expected = FormControls.Of(rendered.Get(id), TheGuide.Words);
        var fields = AcroFormFields(rendered.PathOf(id, ed));

        Assert.Equal(expected.Select(c => c.Name).Order(StringComparer.Ordinal), fields.Keys.Order(StringComparer.Ordinal));
        foreach (var control in expected)
        {
            var (type, tooltip) = fields[control.Name];
            Assert.Equal(control.Kind == ControlKind.Text ? "/Tx" : "/Btn", type);
            Assert.Equal(control.TooltipFor(ed), tooltip);
        }
    }

    [Theory]
    [MemberData(nameof(RenderedWorksheets.All), MemberType = typeof(RenderedWorksheets))]
    public void Extracted_text_contains_every_label(string id, string edition)
    {
        var ed = RenderedWorksheets.EditionNamed(edition);
        var result = ExternalTool.Run("pdftotext", "-raw", "-enc", "UTF-8", rendered.PathOf(id, ed), "-");
        var text = Squeeze(result.Output);

        var missing = VisibleLabels.Of(rendered.Get(id), ed).Where(label => !text.Contains(Squeeze(label), StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "missing from pdftotext: " + string.Join(" | ", missing));
    }

    [Theory]
    [MemberData(nameof(RenderedWorksheets.All), MemberType = typeof(RenderedWorksheets))]
    public void Poppler_renders_without_warnings(string id, string edition)
    {
        var target = Path.Combine(rendered.Folder, $"render-{id}-{edition}");
        var result = ExternalTool.Run("pdftoppm", "-r", "30", "-png", rendered.PathOf(id, RenderedWorksheets.EditionNamed(edition)), target);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Errors);
        Assert.NotEmpty(Directory.GetFiles(rendered.Folder, $"render-{id}-{edition}*.png"));
    }

    /// <summary>
    /// Field name → (field type, tooltip) as qpdf reports them. qpdf lists a field once per widget
    /// (radio buttons, a name repeated in the running header) and gives a widget without its own
    /// /TU its name instead, so the tooltip is read from the field's own object or its parent.
    /// </summary>
    internal static Dictionary<string, (string Type, string Tooltip)> AcroFormFields(string pdf)
    {
        var result = ExternalTool.Run("qpdf", "--json=2", "--json-key=acroform", "--json-key=qpdf", pdf);
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var objects = json.RootElement.GetProperty("qpdf")[1];
        string? Tooltip(JsonElement reference) =>
            reference.ValueKind == JsonValueKind.String
            && objects.TryGetProperty("obj:" + reference.GetString(), out var obj)
            && obj.GetProperty("value").TryGetProperty("/TU", out var tu)
                ? tu.GetString()!["u:".Length..]
                : null;

        var fields = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var field in json.RootElement.GetProperty("acroform").GetProperty("fields").EnumerateArray())
        {
            var name = field.GetProperty("fullname").GetString()!;
            var tooltip = Tooltip(field.GetProperty("object")) ?? Tooltip(field.GetProperty("parent")) ?? "";
            var entry = (field.GetProperty("fieldtype").GetString()!, tooltip);
            Assert.Equal(entry, fields.GetValueOrDefault(name, entry));
            fields[name] = entry;
        }

        return fields;
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
