using System.Text.Json;

namespace Guide.Worksheets.Tests;

/// <summary>
/// Every field sits whole inside the page body: never under the running header or over the
/// footer, which is where a field split by a page break would end up. The only widgets above
/// the body are the name and date repeated in the running header of later pages.
/// </summary>
[Collection(RenderedCollection.Name)]
public sealed class PageBodyTests(RenderedWorksheets rendered)
{
    // Mirrors FormStyle: 36 pt top margin, then 30 pt of running header on later pages; 44 pt
    // bottom margin (the footer sits below it).
    private const double Top = 36;
    private const double RunningHeader = 30;
    private const double Bottom = 44;

    [Theory]
    [MemberData(nameof(RenderedWorksheets.All), MemberType = typeof(RenderedWorksheets))]
    public void Every_field_lies_inside_the_page_body(string id, string edition)
    {
        var worksheet = rendered.Get(id);
        var headerFields = worksheet.Fields.OfType<SingleLineField>().Where(f => f.InHeader).Select(f => f.Id).ToHashSet();
        var pages = Pages(rendered.PathOf(id, RenderedWorksheets.EditionNamed(edition)));

        var outside = new List<string>();
        var widgets = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (page, number) in pages.Select((p, i) => (p, i + 1)))
        {
            foreach (var (name, rect) in page.Widgets)
            {
                widgets[name] = widgets.GetValueOrDefault(name) + 1;
                var inHeader = rect[1] > page.Height - Top - RunningHeader;
                var top = number == 1 || inHeader ? Top : Top + RunningHeader;
                if (rect[1] < Bottom - 0.5 || rect[3] > page.Height - top + 0.5 || (inHeader && (number == 1 || !headerFields.Contains(name))))
                {
                    outside.Add($"page {number}: {name} [{string.Join(' ', rect)}]");
                }
            }
        }

        Assert.Empty(outside);
        // One widget per control, one per option of a choice, and the header fields once more on each later page.
        var expected = FormControls.Of(worksheet, TheGuide.Words).ToDictionary(
            c => c.Name,
            c => c.Kind == ControlKind.Choice ? c.Options.Count : headerFields.Contains(c.Name) ? pages.Count : 1);
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), widgets.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    /// <summary>Each page's height and widgets (field name, rectangle) as qpdf reads them.</summary>
    internal static List<(double Height, List<(string Name, double[] Rect)> Widgets)> Pages(string pdf)
    {
        var result = ExternalTool.Run("qpdf", "--json=2", "--json-key=qpdf", "--json-key=pages", pdf);
        using var json = JsonDocument.Parse(result.Output);
        var objects = json.RootElement.GetProperty("qpdf")[1];
        JsonElement Value(string reference) => objects.GetProperty("obj:" + reference).GetProperty("value");
        string NameOf(JsonElement field) => field.TryGetProperty("/T", out var t)
            ? t.GetString()!["u:".Length..]
            : NameOf(Value(field.GetProperty("/Parent").GetString()!));

        var pages = new List<(double, List<(string, double[])>)>();
        foreach (var page in json.RootElement.GetProperty("pages").EnumerateArray())
        {
            var value = Value(page.GetProperty("object").GetString()!);
            var widgets = value.TryGetProperty("/Annots", out var annots)
                ? annots.EnumerateArray().Select(a => Value(a.GetString()!))
                    .Select(w => (NameOf(w), w.GetProperty("/Rect").EnumerateArray().Select(v => v.GetDouble()).ToArray())).ToList()
                : [];
            pages.Add((value.GetProperty("/MediaBox")[3].GetDouble(), widgets));
        }

        return pages;
    }
}
