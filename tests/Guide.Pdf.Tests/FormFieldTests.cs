using System.Text.Json;
using Guide.Bench;
using Guide.Pdf.Tests.Support;

namespace Guide.Pdf.Tests;

/// <summary>Form fields as qpdf reports them: names, types, flags, tooltips, appearances and tab order.</summary>
public sealed class FormFieldTests
{
    [Fact]
    public void Qpdf_lists_each_field_with_name_type_flags_and_tooltip()
    {
        var json = new QpdfJson(PdfTools.Save(SampleForm.Build(TestFonts.Regular, TestFonts.Bold, extraHanzi: false)));
        var fields = json.Fields.ToDictionary(f => f.GetProperty("fullname").GetString()!);

        Assert.Equal(2 * (24 + 1 + 3), fields.Count);
        Assert.Equal("/Tx", fields["p1_r1_c1"].GetProperty("fieldtype").GetString());
        Assert.Equal(0, fields["p1_r1_c1"].GetProperty("fieldflags").GetInt32());
        Assert.Equal("第 1 行 指标 Indicator (row 1)", fields["p1_r1_c1"].GetProperty("alternativename").GetString());

        Assert.Equal(4096, fields["p1_own"].GetProperty("fieldflags").GetInt32()); // Multiline, bit 13
        Assert.Equal("u:跟进不及时。\rFollow-up was late.", fields["p1_own"].GetProperty("value").GetString());

        Assert.True(fields["p2_check3"].GetProperty("ischeckbox").GetBoolean());
        Assert.Equal("下次复盘已排期 Next review booked", fields["p2_check3"].GetProperty("alternativename").GetString());
        Assert.Equal("/Yes", fields["p1_check1"].GetProperty("value").GetString());
        Assert.Equal("/Off", fields["p1_check2"].GetProperty("value").GetString());
        Assert.All(fields.Values, f => Assert.Equal(4, f.GetProperty("annotation").GetProperty("annotationflags").GetInt32())); // Print
        Assert.False(json.AcroForm.GetProperty("needappearances").GetBoolean());
    }

    [Fact]
    public void Check_boxes_carry_on_and_off_appearances_for_normal_and_down()
    {
        var json = new QpdfJson(PdfTools.Save(SampleForm.Build(TestFonts.Regular, TestFonts.Bold, extraHanzi: false)));

        foreach (var box in json.Fields.Where(f => f.GetProperty("ischeckbox").GetBoolean()))
        {
            var widget = json.Object(box.GetProperty("object").GetString()!);
            var appearances = widget.GetProperty("/AP");
            foreach (var kind in new[] { "/N", "/D" })
            {
                var states = appearances.GetProperty(kind).EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
                Assert.Equal(["/Off", "/Yes"], states);
            }

            Assert.Equal(widget.GetProperty("/V").GetString(), widget.GetProperty("/AS").GetString());
        }
    }

    [Fact]
    public void Text_fields_have_an_appearance_and_a_default_appearance_naming_a_font_in_DR()
    {
        var json = new QpdfJson(PdfTools.Save(SampleForm.Build(TestFonts.Regular, TestFonts.Bold, extraHanzi: false)));
        var acroForm = json.Dictionaries().Single(d => d.TryGetProperty("/AcroForm", out _)).GetProperty("/AcroForm");
        var fontNames = acroForm.GetProperty("/DR").GetProperty("/Font").EnumerateObject().Select(p => p.Name).ToList();

        Assert.False(acroForm.TryGetProperty("/NeedAppearances", out _));
        foreach (var field in json.Fields.Where(f => f.GetProperty("istext").GetBoolean()))
        {
            var widget = json.Object(field.GetProperty("object").GetString()!);
            var da = widget.GetProperty("/DA").GetString()!;
            Assert.Matches(@"^u:/F\d+ 10 Tf 0 g$", da);
            Assert.Contains(da[2..].Split(' ')[0], fontNames);
            Assert.Equal(JsonValueKind.String, widget.GetProperty("/AP").GetProperty("/N").ValueKind); // an indirect stream
        }
    }

    [Fact]
    public void Tab_order_follows_rows_top_to_bottom_then_left_to_right()
    {
        var document = new PdfDocument(new PdfDocumentOptions());
        var page = document.AddPage(PageSize.A4);
        TextField Field(string name, double x, double y, double height = 20) =>
            new(name, x, y, 100, height, TestFonts.Regular, 10) { Tooltip = name };

        // Added in scrambled order; the check box sits a little lower than the taller field beside it.
        page.AddTextField(Field("row2_right", 300, 200));
        page.AddCheckBox(new CheckBox("row1_box", 420, 104, 12) { Tooltip = "box" });
        page.AddTextField(Field("row2_left", 50, 202));
        page.AddTextField(Field("row1_left", 50, 100, 30));
        page.AddTextField(Field("row1_middle", 200, 101));

        var json = new QpdfJson(PdfTools.Save(document.ToArray()));
        var order = json.Fields.Select(f => f.GetProperty("fullname").GetString()!).ToArray();
        var pageObject = json.Dictionaries().Single(d => d.TryGetProperty("/Annots", out _));

        Assert.Equal(["row1_left", "row1_middle", "row1_box", "row2_left", "row2_right"], order);
        Assert.Equal("/S", pageObject.GetProperty("/Tabs").GetString());
    }

    [Fact]
    public void A_duplicate_field_name_is_refused_with_the_name()
    {
        var page = new PdfDocument(new PdfDocumentOptions()).AddPage(PageSize.A4);
        page.AddTextField(new TextField("goal", 50, 50, 100, 20, TestFonts.Regular, 10) { Tooltip = "Goal" });

        var error = Assert.Throws<ArgumentException>(() => page.AddCheckBox(new CheckBox("goal", 50, 100, 12) { Tooltip = "Goal done" }));

        Assert.Contains("'goal'", error.Message);
    }

    [Fact]
    public void A_field_without_tooltip_or_off_the_page_is_refused()
    {
        var page = new PdfDocument(new PdfDocumentOptions()).AddPage(PageSize.A4);

        var noTooltip = Assert.Throws<ArgumentException>(() => page.AddTextField(new TextField("a", 50, 50, 100, 20, TestFonts.Regular, 10)));
        var offPage = Assert.Throws<ArgumentException>(() => page.AddCheckBox(new CheckBox("b", 590, 50, 12) { Tooltip = "B" }));

        Assert.Contains("Tooltip", noTooltip.Message);
        Assert.Contains("does not fit", offPage.Message);
    }

    [Fact]
    public void Extra_characters_reach_the_field_font_so_typed_chinese_has_glyphs()
    {
        const string typedLater = "谢谢您的反馈我会改进"; // drawn nowhere in the document
        var path = PdfTools.Save(SampleForm.Build(TestFonts.Regular, TestFonts.Bold, extraHanzi: true));
        var json = new QpdfJson(path);
        var fontNames = json.Dictionaries().Where(d => d.TryGetProperty("/ToUnicode", out _)).ToList();

        var regular = ToUnicode(json, path, fontNames.Single(f => f.GetProperty("/BaseFont").GetString()!.EndsWith("Regular", StringComparison.Ordinal)));
        var bold = ToUnicode(json, path, fontNames.Single(f => f.GetProperty("/BaseFont").GetString()!.EndsWith("Bold", StringComparison.Ordinal)));

        Assert.All(typedLater, c => Assert.Contains(c, regular));
        Assert.True(regular.Count >= 3755, $"only {regular.Count} characters in the field font");
        Assert.True(bold.Count < 100, "the heading-only bold face should not carry the extra set");
    }

    private static HashSet<char> ToUnicode(QpdfJson json, string pdf, JsonElement font)
    {
        var reference = font.GetProperty("/ToUnicode").GetString()!;
        var number = reference.Split(' ')[0];
        var cmap = PdfTools.Run("qpdf", $"--show-object={number}", "--filtered-stream-data", pdf).Output;
        return cmap.Split('\n')
            .Where(l => l.StartsWith('<') && l.Contains("> <", StringComparison.Ordinal))
            .Select(l => (char)Convert.ToInt32(l.Split('<')[2].TrimEnd('>'), 16))
            .ToHashSet();
    }
}
