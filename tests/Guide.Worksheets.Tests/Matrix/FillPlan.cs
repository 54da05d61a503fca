using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Guide.Worksheets.Tests.Matrix;

/// <summary>One widget of a rendered worksheet: its field, page (from 1) and rectangle in points, top-left origin.</summary>
public sealed record WidgetBox(
    [property: JsonPropertyName("field")] string Field,
    [property: JsonPropertyName("page")] int Page,
    [property: JsonPropertyName("rect")] double[] Rect,
    [property: JsonPropertyName("kind"), JsonConverter(typeof(JsonStringEnumConverter<ControlKind>))] ControlKind Kind,
    [property: JsonPropertyName("option")] string? Option);

/// <summary>What to do to one PDF: the text of every text field, the boxes to tick, each choice's options in the order to choose them.</summary>
public sealed record FileFill(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("input")] string Input,
    [property: JsonPropertyName("pages")] int Pages,
    [property: JsonPropertyName("text")] Dictionary<string, string> Text,
    [property: JsonPropertyName("checks")] List<string> Checks,
    [property: JsonPropertyName("choices")] Dictionary<string, List<string>> Choices,
    [property: JsonPropertyName("widgets")] List<WidgetBox> Widgets);

/// <summary>The font a Chinese desktop would supply for a font the file names but does not embed.</summary>
public sealed record StandIn(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("faceIndex")] int FaceIndex,
    [property: JsonPropertyName("name")] string Name);

/// <summary>
/// The plan every filling engine follows (written as JSON for the scripts under tests/engines/matrix):
/// the test set types 张鑫琪, 王婷, ≤5%, → and José Müller into every text field, 300 characters into
/// one table cell, ticks every check box and chooses each option of every choice in turn.
/// </summary>
public sealed record FillPlan(
    [property: JsonPropertyName("dpi")] int Dpi,
    [property: JsonPropertyName("font")] StandIn Font,
    [property: JsonPropertyName("files")] List<FileFill> Files)
{
    /// <summary>The characters the issue names; every value holds all of them, and a tag that makes it unique.</summary>
    public const string TestSet = "张鑫琪 王婷 ≤5% → José Müller";

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public FileFill File(string name) => Files.Single(f => f.Name == name);

    public void Save(string path) => System.IO.File.WriteAllText(path, JsonSerializer.Serialize(this, Json));

    /// <summary>The plan for one rendered PDF of <paramref name="worksheet"/>: its widgets from qpdf, values from its controls.</summary>
    public static FileFill For(Worksheet worksheet, string name, string pdf)
    {
        var controls = FormControls.Of(worksheet, TheGuide.Words);
        var widgets = Widgets(pdf, controls);
        var text = new Dictionary<string, string>(StringComparer.Ordinal);
        var longCell = LongCell(worksheet);
        var boxes = worksheet.Fields.OfType<MultiLineField>().Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        var n = 0;
        foreach (var control in controls.Where(c => c.Kind == ControlKind.Text))
        {
            n++;
            var tag = string.Create(CultureInfo.InvariantCulture, $"#{n}");
            text[control.Name] = control.Name == longCell ? Long(tag)
                : boxes.Contains(control.Name) ? $"{TestSet} {tag}\n第二行 {tag}"
                : $"{TestSet} {tag}";
        }

        return new FileFill(
            name,
            pdf,
            widgets.Max(w => w.Page),
            text,
            [.. controls.Where(c => c.Kind == ControlKind.CheckBox).Select(c => c.Name)],
            controls.Where(c => c.Kind == ControlKind.Choice).ToDictionary(c => c.Name, c => c.Options.ToList()),
            widgets);
    }

    /// <summary>Exactly 300 characters of the test set, then the tag.</summary>
    public static string Long(string tag)
    {
        var unit = TestSet.Replace(" ", "", StringComparison.Ordinal) + "，";
        return string.Concat(Enumerable.Repeat(unit, 300 / unit.Length + 1))[..300] + " " + tag;
    }

    /// <summary>Where the 300 characters go: the first row's cell with the most room (width share × lines) of any table.</summary>
    private static string? LongCell(Worksheet worksheet)
    {
        var cells = worksheet.Fields.OfType<TableField>()
            .SelectMany(t => t.Columns.Select(c => (Table: t, Column: c, Room: c.Width / t.Columns.Sum(x => x.Width) * t.RowLines)))
            .ToList();
        if (cells.Count == 0)
        {
            return null;
        }

        var (table, column, _) = cells.MaxBy(c => c.Room);
        return FormControls.Join(table.Id, "r1", column.Id);
    }

    internal static List<WidgetBox> Widgets(string pdf, IReadOnlyList<FormControl> controls)
    {
        var result = ExternalTool.Run("qpdf", "--json=2", "--json-stream-data=none", pdf);
        using var json = JsonDocument.Parse(result.Output);
        var objects = json.RootElement.GetProperty("qpdf")[1];
        var heights = json.RootElement.GetProperty("pages").EnumerateArray()
            .Select(p => objects.GetProperty("obj:" + p.GetProperty("object").GetString()).GetProperty("value").GetProperty("/MediaBox")[3].GetDouble())
            .ToList();
        var kinds = controls.ToDictionary(c => c.Name, c => c.Kind);
        var widgets = new List<WidgetBox>();
        foreach (var field in json.RootElement.GetProperty("acroform").GetProperty("fields").EnumerateArray())
        {
            var name = field.GetProperty("fullname").GetString()!;
            var page = field.GetProperty("pageposfrom1").GetInt32();
            var widget = objects.GetProperty("obj:" + field.GetProperty("annotation").GetProperty("object").GetString()).GetProperty("value");
            var r = widget.GetProperty("/Rect").EnumerateArray().Select(v => v.GetDouble()).ToArray();
            var height = heights[page - 1];
            string? option = kinds[name] == ControlKind.Choice
                ? widget.GetProperty("/AP").GetProperty("/N").EnumerateObject().Select(p => p.Name[1..]).Single(s => s != "Off")
                : null;
            widgets.Add(new WidgetBox(name, page, [r[0], height - r[3], r[2], height - r[1]], kinds[name], option));
        }

        return widgets;
    }
}
