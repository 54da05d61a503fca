using System.Text.Json;

namespace Guide.Worksheets.Tests;

/// <summary>
/// Every field sits whole inside the page body: never under the running header or over the
/// footer, which is where a field split by a page break would end up.
/// </summary>
[Collection(RenderedCollection.Name)]
public sealed class PageBodyTests(RenderedWorksheets rendered)
{
    // Mirrors FormStyle: 42 pt top margin, 54 pt bottom margin (the footer sits below it).
    private const double Top = 42;
    private const double Bottom = 54;

    [Theory]
    [MemberData(nameof(RenderedWorksheets.All), MemberType = typeof(RenderedWorksheets))]
    public void Every_field_lies_inside_the_page_body(string id, string edition)
    {
        var result = ExternalTool.Run("qpdf", "--json", "--json-key=qpdf", rendered.PathOf(id, RenderedWorksheets.EditionNamed(edition)));
        using var json = JsonDocument.Parse(result.Output);
        var objects = json.RootElement.GetProperty("qpdf")[1];

        var outside = new List<string>();
        var widgets = 0;
        foreach (var page in objects.EnumerateObject().Select(o => o.Value.TryGetProperty("value", out var v) ? v : default).Where(IsPage))
        {
            var height = page.GetProperty("/MediaBox")[3].GetDouble();
            foreach (var annot in page.GetProperty("/Annots").EnumerateArray())
            {
                var widget = objects.GetProperty($"obj:{annot.GetString()}").GetProperty("value");
                var rect = widget.GetProperty("/Rect").EnumerateArray().Select(v => v.GetDouble()).ToArray();
                widgets++;
                if (rect[1] < Bottom - 0.5 || rect[3] > height - Top + 0.5)
                {
                    outside.Add($"{widget.GetProperty("/T").GetString()} [{string.Join(' ', rect)}]");
                }
            }
        }

        Assert.Equal(FormControls.Of(rendered.Get(id)).Count, widgets);
        Assert.Empty(outside);
    }

    private static bool IsPage(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object && value.TryGetProperty("/Type", out var type) && type.GetString() == "/Page";
}
