using System.Text.Json;

namespace Guide.Pdf.Tests.Support;

/// <summary>The document as <c>qpdf --json=2</c> describes it: its form fields and its objects by reference.</summary>
internal sealed class QpdfJson
{
    private readonly JsonElement _root;

    public QpdfJson(string pdf)
    {
        var result = PdfTools.Run("qpdf", "--json=2", pdf);
        Assert.True(result.ExitCode == 0, result.Error);
        _root = JsonDocument.Parse(result.Output).RootElement;
    }

    public JsonElement AcroForm => _root.GetProperty("acroform");

    public IEnumerable<JsonElement> Fields => AcroForm.GetProperty("fields").EnumerateArray();

    /// <summary>The value of object <paramref name="reference"/> ("12 0 R").</summary>
    public JsonElement Object(string reference) =>
        _root.GetProperty("qpdf")[1].GetProperty("obj:" + reference).GetProperty("value");

    /// <summary>Every dictionary or stream dictionary in the file.</summary>
    public IEnumerable<JsonElement> Dictionaries() =>
        _root.GetProperty("qpdf")[1].EnumerateObject()
            .Where(o => o.Name.StartsWith("obj:", StringComparison.Ordinal))
            .Select(o => o.Value.TryGetProperty("value", out var v) ? v : o.Value.GetProperty("stream").GetProperty("dict"))
            .Where(v => v.ValueKind == JsonValueKind.Object);
}
