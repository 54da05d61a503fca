using System.Globalization;
using System.Text;
using System.Text.Json;
using Guide.Pdf.Tests.Support;

namespace Guide.Pdf.Tests;

/// <summary>
/// The form map a filler in the browser works from: every field's objects as the file holds them,
/// less only the entries a filler sets, and the trailer facts an incremental update repeats.
/// </summary>
public sealed class FormMapTests
{
    private static WrittenPdf Sample()
    {
        // Every field has a value, so each object holds the entries the map must leave out.
        var document = new PdfDocument(new PdfDocumentOptions { Lang = "zh-CN" });
        var first = document.AddPage(PageSize.A4);
        var second = document.AddPage(PageSize.A4);
        var name = new TextField("name", 50, 50, 200, 24, TestFonts.Regular) { Tooltip = "姓名 Name", Multiline = true, Lang = "zh-CN", Value = "张三" };
        first.AddTextField(name);
        second.AddTextFieldWidget(name, 50, 20, 120, 18);
        first.AddTextField(new TextField("notes", 50, 100, 300, 60, TestFonts.Regular) { Tooltip = "备注", Multiline = true, RuleSpacing = 18, Value = "已谈" });
        first.AddCheckBox(new CheckBox("done", 50, 200, 12) { Tooltip = "完成", Checked = true });
        first.AddRadioGroup(new RadioGroup("level", [new RadioButton("high", 50, 250, 12), new RadioButton("low", 80, 250, 12)]) { Tooltip = "程度", Selected = "low" });
        return document.Write();
    }

    [Fact]
    public void Each_field_is_mapped_with_its_kind_objects_and_widget_sizes()
    {
        var form = Sample().Form;

        Assert.Equal(["name", "notes", "done", "level"], form.Fields.Select(f => f.Name));
        var name = Assert.IsType<TextFieldMap>(form.Fields[0]);
        Assert.Equal(2, name.Widgets.Count);
        Assert.All(name.Widgets, w => Assert.NotNull(w.Annotation)); // a field with kids: each widget its own object
        Assert.Equal((200.0, 24.0), (name.Widgets[0].Width, name.Widgets[0].Height));
        Assert.Equal((120.0, 18.0), (name.Widgets[1].Width, name.Widgets[1].Height));
        Assert.Equal(("ArialUnicodeMS_01", 0.0, true), (name.Font, name.FontSize, name.Multiline));
        var notes = Assert.IsType<TextFieldMap>(form.Fields[1]);
        Assert.Null(Assert.Single(notes.Widgets).Annotation); // one widget: merged with its field
        Assert.Matches(@"re\s+S", notes.Widgets[0].Frame); // the border, drawn before the text
        Assert.Equal("Yes", Assert.IsType<CheckBoxMap>(form.Fields[2]).ExportValue);
        Assert.Equal(["high", "low"], Assert.IsType<RadioGroupMap>(form.Fields[3]).Widgets.Select(w => w.OnState));
    }

    [Fact]
    public void The_trailer_facts_are_those_of_the_file()
    {
        var pdf = Sample();
        var text = Encoding.Latin1.GetString(pdf.Bytes);
        var xref = text[pdf.Form.StartXref..];

        Assert.StartsWith($"{pdf.Form.Size - 1} 0 obj\n<<", xref, StringComparison.Ordinal);
        Assert.Contains($"/Size {pdf.Form.Size}/", xref, StringComparison.Ordinal);
        Assert.Contains($"/Root {pdf.Form.Root} 0 R/Info {pdf.Form.Info} 0 R/ID [<{pdf.Form.Id}>", xref, StringComparison.Ordinal);
        Assert.EndsWith($"startxref\n{pdf.Form.StartXref}\n%%EOF\n", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Rewriting every mapped object from the map alone, as a filler does before it adds values, must
    /// leave each object as it was except for the entries a filler sets (/V, /AP on text widgets, /AS on buttons).
    /// </summary>
    [Fact]
    public void Objects_rewritten_from_the_map_lose_only_the_entries_a_filler_sets()
    {
        var pdf = Sample();
        var original = new QpdfJson(PdfTools.Save(pdf.Bytes));
        var rewritten = new List<(MappedObject Object, string[] Keys)>();
        foreach (var field in pdf.Form.Fields)
        {
            var widgetKeys = field is TextFieldMap ? new[] { "/AP" } : ["/AS"];
            var merged = field.Widgets.Any(w => w.Annotation is null);
            rewritten.Add((field.Field, merged ? [.. widgetKeys, "/V"] : ["/V"]));
            rewritten.AddRange(field.Widgets.Where(w => w.Annotation is not null).Select(w => (w.Annotation!, widgetKeys)));
        }

        var updatedPath = PdfTools.Save(Update(pdf, rewritten.Select(r => r.Object)));
        var check = PdfTools.Run("qpdf", "--check", updatedPath);
        Assert.True(check.ExitCode == 0, check.Output + check.Error);
        var updated = new QpdfJson(updatedPath);

        foreach (var (mapped, keys) in rewritten)
        {
            var reference = $"{mapped.Number} 0 R";
            var expected = original.Object(reference).EnumerateObject().Where(p => !keys.Contains(p.Name)).ToDictionary(p => p.Name, p => p.Value.GetRawText());
            var actual = updated.Object(reference).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetRawText());
            Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), actual.OrderBy(p => p.Key, StringComparer.Ordinal));
            Assert.True(keys.Any(k => original.Object(reference).TryGetProperty(k, out _)), $"{reference} had none of {string.Join(", ", keys)} to leave out");
        }
    }

    /// <summary>An incremental update with a classic cross-reference section, which readers accept after a cross-reference stream.</summary>
    private static byte[] Update(WrittenPdf pdf, IEnumerable<MappedObject> objects)
    {
        var update = new StringBuilder("\n");
        var offsets = new SortedDictionary<int, int>();
        foreach (var mapped in objects)
        {
            offsets[mapped.Number] = pdf.Bytes.Length + update.Length;
            update.Append(CultureInfo.InvariantCulture, $"{mapped.Number} 0 obj\n{mapped.Dictionary}\nendobj\n");
        }

        var xref = pdf.Bytes.Length + update.Length;
        update.Append("xref\n");
        foreach (var (number, offset) in offsets)
        {
            update.Append(CultureInfo.InvariantCulture, $"{number} 1\n{offset:D10} 00000 n \n");
        }

        update.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {pdf.Form.Size}/Root {pdf.Form.Root} 0 R/Info {pdf.Form.Info} 0 R/Prev {pdf.Form.StartXref}/ID[<{pdf.Form.Id}><{pdf.Form.Id}>]>>\nstartxref\n{xref}\n%%EOF\n");
        return [.. pdf.Bytes, .. Encoding.ASCII.GetBytes(update.ToString())];
    }
}
