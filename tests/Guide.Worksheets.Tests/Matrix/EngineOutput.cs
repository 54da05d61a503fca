using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Guide.Worksheets.Tests.Matrix;

/// <summary>
/// A piece of text an engine drew, with its box in points (top-left origin): one character
/// (PDFium, MuPDF, Ghostscript), one word (poppler) or one widget's whole text (pdf.js, which also
/// reports the lines it put below the box in <see cref="Below"/>, and in <see cref="PastEdge"/> what
/// it let run past the right edge, one line of it per line of text).
/// </summary>
public sealed record TextItem(string Text, double X0, double Y0, double X1, double Y1, string Below = "", string PastEdge = "")
{
    /// <summary>pdf.js: the font size it chose for the widget's text.</summary>
    public double FontSize { get; init; }

    /// <summary>pdf.js: how many lines of text it drew in the widget.</summary>
    public int Lines { get; init; }

    public double CentreX => (X0 + X1) / 2;

    public double CentreY => (Y0 + Y1) / 2;
}

/// <summary>What a filling engine reported for one file: the text of each page and each choice's states after every click.</summary>
public sealed record FilledFile(IReadOnlyList<IReadOnlyList<TextItem>> Pages, IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string>>> Radio, string? Error);

/// <summary>Reads what the engines write: the JSON report of the scripts, pdftotext -bbox, Ghostscript's txtwrite and MuPDF's stext.</summary>
public static partial class EngineOutput
{
    /// <summary>
    /// Items in reading order: lines from top to bottom (an item joins a line when its middle is
    /// within half its height of the line's), left to right within a line. Engines report text in
    /// content order or in their own reading order; this makes them comparable.
    /// </summary>
    public static List<TextItem> InLines(IEnumerable<TextItem> items)
    {
        var lines = new List<List<TextItem>>();
        foreach (var item in items.Where(i => i.Text.Trim().Length > 0).OrderBy(i => i.CentreY))
        {
            var line = lines.LastOrDefault();
            if (line is not null && Math.Abs(item.CentreY - line[0].CentreY) < Math.Max(1, (item.Y1 - item.Y0) / 2))
            {
                line.Add(item);
            }
            else
            {
                lines.Add([item]);
            }
        }

        return [.. lines.SelectMany(line => line.OrderBy(i => i.X0))];
    }

    /// <summary>The report.json of tests/engines/matrix/*.</summary>
    public static Dictionary<string, FilledFile> ReadReport(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var files = new Dictionary<string, FilledFile>(StringComparer.Ordinal);
        foreach (var file in json.RootElement.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Object))
        {
            var value = file.Value;
            var error = value.TryGetProperty("error", out var e) ? e.GetString() : null;
            var pages = value.TryGetProperty("pages", out var p)
                ? p.EnumerateArray().Select(page => (IReadOnlyList<TextItem>)[.. page.GetProperty("chars").EnumerateArray().Select(Item)]).ToList()
                : [];
            var radio = new Dictionary<string, IReadOnlyList<IReadOnlyList<string>>>(StringComparer.Ordinal);
            if (value.TryGetProperty("radio", out var r))
            {
                foreach (var group in r.EnumerateObject())
                {
                    radio[group.Name] = [.. group.Value.EnumerateArray().Select(states => (IReadOnlyList<string>)[.. states.EnumerateArray().Select(s => s.GetString()!)])];
                }
            }

            files[file.Name] = new FilledFile(pages, radio, error);
        }

        return files;
    }

    /// <summary>pdftotext -bbox: one item per word.</summary>
    public static List<List<TextItem>> Poppler(string html) =>
        [.. html.Split("<page ").Skip(1).Select(page => PopplerWord().Matches(page)
            .Select(m => new TextItem(WebUtility.HtmlDecode(m.Groups[5].Value), Number(m.Groups[1]), Number(m.Groups[2]), Number(m.Groups[3]), Number(m.Groups[4])))
            .ToList())];

    /// <summary>
    /// Ghostscript's txtwrite (-dTextFormat=0): one item per character. Its box is the advance on the
    /// baseline; the span's size gives the height.
    /// </summary>
    public static List<List<TextItem>> Ghostscript(string xml) =>
        [.. xml.Split("<page>").Skip(1).Select(page =>
        {
            var items = new List<TextItem>();
            foreach (Match span in GhostscriptSpan().Matches(page))
            {
                var size = Number(span.Groups[1]);
                foreach (Match c in GhostscriptChar().Matches(span.Groups[2].Value))
                {
                    var baseline = Number(c.Groups[2]);
                    items.Add(new TextItem(WebUtility.HtmlDecode(c.Groups[5].Value), Number(c.Groups[1]), baseline - size * 0.88, Number(c.Groups[3]), baseline + size * 0.12));
                }
            }

            return items;
        })];

    /// <summary>mutool draw -F stext: one item per character, boxed by its quad.</summary>
    public static List<TextItem> Mupdf(string xml) =>
        [.. MupdfChar().Matches(xml).Select(m =>
        {
            var quad = m.Groups[1].Value.Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            var xs = new[] { quad[0], quad[2], quad[4], quad[6] };
            var ys = new[] { quad[1], quad[3], quad[5], quad[7] };
            return new TextItem(WebUtility.HtmlDecode(m.Groups[2].Value), xs.Min(), ys.Min(), xs.Max(), ys.Max());
        })];

    private static TextItem Item(JsonElement item) => new(
        item[0].GetString()!, item[1].GetDouble(), item[2].GetDouble(), item[3].GetDouble(), item[4].GetDouble(),
        item.GetArrayLength() > 5 ? item[5].GetString()! : "",
        item.GetArrayLength() > 6 ? item[6].GetString()! : "")
    {
        FontSize = item.GetArrayLength() > 7 ? item[7].GetDouble() : 0,
        Lines = item.GetArrayLength() > 8 ? item[8].GetInt32() : 0,
    };

    private static double Number(Group group) => double.Parse(group.Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("<word xMin=\"([-\\d.]+)\" yMin=\"([-\\d.]+)\" xMax=\"([-\\d.]+)\" yMax=\"([-\\d.]+)\">(.*?)</word>")]
    private static partial Regex PopplerWord();

    [GeneratedRegex("<span bbox=\"[^\"]*\" font=\"[^\"]*\" size=\"([\\d.]+)\">(.*?)</span>", RegexOptions.Singleline)]
    private static partial Regex GhostscriptSpan();

    [GeneratedRegex("<char bbox=\"([-\\d]+) ([-\\d]+) ([-\\d]+) ([-\\d]+)\" c=\"(.*?)\"/>")]
    private static partial Regex GhostscriptChar();

    [GeneratedRegex("<char quad=\"([^\"]+)\"[^>]* c=\"(.*?)\"/>")]
    private static partial Regex MupdfChar();
}
