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
        var json = new QpdfJson(PdfTools.Save(SampleForm.Build(TestFonts.Regular, TestFonts.Bold)));
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
        var json = new QpdfJson(PdfTools.Save(SampleForm.Build(TestFonts.Regular, TestFonts.Bold)));

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
    public void Text_fields_have_an_appearance_and_a_default_appearance_naming_the_typing_font_in_DR()
    {
        var json = new QpdfJson(PdfTools.Save(SampleForm.Build(TestFonts.Regular, TestFonts.Bold)));
        var acroForm = json.Dictionaries().Single(d => d.TryGetProperty("/AcroForm", out _)).GetProperty("/AcroForm");
        var fontNames = acroForm.GetProperty("/DR").GetProperty("/Font").EnumerateObject().Select(p => p.Name).ToList();

        Assert.False(acroForm.TryGetProperty("/NeedAppearances", out _));
        foreach (var field in json.Fields.Where(f => f.GetProperty("istext").GetBoolean()))
        {
            var widget = json.Object(field.GetProperty("object").GetString()!);
            var da = widget.GetProperty("/DA").GetString()!;
            Assert.Matches(@"^u:/\S+ 10 Tf 0 g$", da);
            Assert.Contains(da[2..].Split(' ')[0], fontNames);
            Assert.Equal(JsonValueKind.String, widget.GetProperty("/AP").GetProperty("/N").ValueKind); // an indirect stream
        }
    }

    [Fact]
    public void The_typing_font_is_a_named_adobe_gb1_font_that_is_not_embedded()
    {
        var document = new PdfDocument(new PdfDocumentOptions());
        document.AddPage(PageSize.A4).AddTextField(new TextField("name", 50, 50, 200, 24, TestFonts.Regular) { Tooltip = "Name" });
        var json = new QpdfJson(PdfTools.Save(document.ToArray()));

        var acroForm = json.Dictionaries().Single(d => d.TryGetProperty("/AcroForm", out _)).GetProperty("/AcroForm");
        var (name, reference) = acroForm.GetProperty("/DR").GetProperty("/Font").EnumerateObject().Select(p => (p.Name, p.Value.GetString()!)).Single();
        var type0 = json.Object(reference);
        var cidFont = json.Object(type0.GetProperty("/DescendantFonts")[0].GetString()!);
        var descriptor = json.Object(cidFont.GetProperty("/FontDescriptor").GetString()!);
        var widget = json.Object(json.Fields.Single().GetProperty("object").GetString()!);

        Assert.Equal($"u:{name} 0 Tf 0 g", widget.GetProperty("/DA").GetString()); // auto size
        Assert.Equal("/STSong-Light", type0.GetProperty("/BaseFont").GetString());
        Assert.Equal("/UniGB-UCS2-H", type0.GetProperty("/Encoding").GetString());
        Assert.Equal("/CIDFontType0", cidFont.GetProperty("/Subtype").GetString());
        Assert.Equal("u:GB1", cidFont.GetProperty("/CIDSystemInfo").GetProperty("/Ordering").GetString());
        Assert.Equal(4, cidFont.GetProperty("/CIDSystemInfo").GetProperty("/Supplement").GetInt32());
        Assert.DoesNotContain(descriptor.EnumerateObject(), p => p.Name.StartsWith("/FontFile", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_boxes_and_radio_buttons_name_dingbats_in_DR_and_a_caption_in_MK()
    {
        var document = new PdfDocument(new PdfDocumentOptions());
        var page = document.AddPage(PageSize.A4);
        page.AddCheckBox(new CheckBox("done", 50, 50, 12) { Tooltip = "Done" });
        page.AddRadioGroup(new RadioGroup("status", [new("ahead", 50, 80, 12), new("behind", 100, 80, 12)]) { Tooltip = "Status" });
        var json = new QpdfJson(PdfTools.Save(document.ToArray()));

        var acroForm = json.Dictionaries().Single(d => d.TryGetProperty("/AcroForm", out _)).GetProperty("/AcroForm");
        var dingbats = json.Object(acroForm.GetProperty("/DR").GetProperty("/Font").GetProperty("/ZaDb").GetString()!);
        var box = json.Object(json.Fields.Single(f => f.GetProperty("fullname").GetString() == "done").GetProperty("object").GetString()!);
        var radios = json.Fields.Where(f => f.GetProperty("fullname").GetString() == "status").Select(f => json.Object(f.GetProperty("object").GetString()!)).ToList();
        var parent = json.Object(radios[0].GetProperty("/Parent").GetString()!);

        Assert.Equal("/ZapfDingbats", dingbats.GetProperty("/BaseFont").GetString());
        Assert.Equal("u:/ZaDb 0 Tf 0 g", box.GetProperty("/DA").GetString());
        Assert.Equal("u:4", box.GetProperty("/MK").GetProperty("/CA").GetString());
        Assert.Equal("u:/ZaDb 0 Tf 0 g", parent.GetProperty("/DA").GetString());
        Assert.All(radios, r => Assert.Equal("u:l", r.GetProperty("/MK").GetProperty("/CA").GetString()));
    }

    [Fact]
    public void A_radio_group_is_one_field_with_a_widget_per_choice_and_at_most_one_on()
    {
        var document = new PdfDocument(new PdfDocumentOptions());
        document.AddPage(PageSize.A4).AddRadioGroup(new RadioGroup("status", [new("ahead", 50, 80, 12), new("on-track", 100, 80, 12), new("behind", 150, 80, 12)])
        {
            Tooltip = "Against the plan",
            Selected = "on-track",
        });
        var json = new QpdfJson(PdfTools.Save(document.ToArray()));

        var widgets = json.Fields.ToList();
        var parent = json.Object(json.Object(widgets[0].GetProperty("object").GetString()!).GetProperty("/Parent").GetString()!);
        var states = widgets.Select(w => json.Object(w.GetProperty("object").GetString()!))
            .Select(w => (On: w.GetProperty("/AP").GetProperty("/N").EnumerateObject().Select(p => p.Name).Single(n => n != "/Off"), State: w.GetProperty("/AS").GetString()))
            .ToList();

        Assert.Equal(3, widgets.Count);
        Assert.All(widgets, w => Assert.True(w.GetProperty("isradiobutton").GetBoolean()));
        Assert.Equal(49152, parent.GetProperty("/Ff").GetInt32()); // Radio (bit 16) and NoToggleToOff (bit 15)
        Assert.Equal("/on-track", parent.GetProperty("/V").GetString());
        Assert.Equal(3, parent.GetProperty("/Kids").GetArrayLength());
        Assert.Equal([("/ahead", "/Off"), ("/on-track", "/on-track"), ("/behind", "/Off")], states);
    }

    [Fact]
    public void A_text_field_shown_twice_is_one_field_with_two_widgets()
    {
        var document = new PdfDocument(new PdfDocumentOptions());
        var name = new TextField("name", 50, 50, 200, 24, TestFonts.Regular) { Tooltip = "Name" };
        document.AddPage(PageSize.A4).AddTextField(name);
        document.AddPage(PageSize.A4).AddTextFieldWidget(name, 300, 20, 150, 18);
        var json = new QpdfJson(PdfTools.Save(document.ToArray()));

        var widgets = json.Fields.ToList();
        var parent = json.Object(json.Object(widgets[0].GetProperty("object").GetString()!).GetProperty("/Parent").GetString()!);

        Assert.Equal(["name", "name"], widgets.Select(w => w.GetProperty("fullname").GetString()));
        Assert.Equal([1, 2], widgets.Select(w => w.GetProperty("pageposfrom1").GetInt32()));
        Assert.Equal(2, parent.GetProperty("/Kids").GetArrayLength());
        Assert.Throws<ArgumentException>(() => document.Pages[1].AddTextFieldWidget(name with { Name = "other" }, 50, 50, 100, 20));
    }

    [Fact]
    public void Writing_lines_sit_inside_the_variable_text_so_typing_replaces_them()
    {
        var document = new PdfDocument(new PdfDocumentOptions());
        document.AddPage(PageSize.A4).AddTextField(new TextField("notes", 50, 50, 300, 80, TestFonts.Regular) { Tooltip = "Notes", Multiline = true, RuleSpacing = 20 });
        var path = PdfTools.Save(document.ToArray());
        var json = new QpdfJson(path);

        var appearance = json.Object(json.Fields.Single().GetProperty("object").GetString()!).GetProperty("/AP").GetProperty("/N").GetString()!;
        var stream = PdfTools.Run("qpdf", $"--show-object={appearance.Split(' ')[0]}", "--filtered-stream-data", path).Output;
        var marked = stream[stream.IndexOf("/Tx BMC", StringComparison.Ordinal)..stream.IndexOf("EMC", StringComparison.Ordinal)];

        Assert.Equal(3, marked.Split('\n').Count(l => l.EndsWith(" l", StringComparison.Ordinal))); // rules 20, 40 and 60 pt down; 80 is the edge
        Assert.DoesNotContain(" l\n", stream[..stream.IndexOf("/Tx BMC", StringComparison.Ordinal)]);
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
    public void Embedded_fonts_hold_only_the_characters_drawn()
    {
        var path = PdfTools.Save(SampleForm.Build(TestFonts.Regular, TestFonts.Bold));
        var json = new QpdfJson(path);
        var fonts = json.Dictionaries().Where(d => d.TryGetProperty("/ToUnicode", out _)).ToList();

        var regular = ToUnicode(path, fonts.Single(f => f.GetProperty("/BaseFont").GetString()!.EndsWith("Regular", StringComparison.Ordinal)));
        var drawn = (SampleForm.Intro + "跟进不及时。Follow-up was late.").Where(c => !char.IsWhiteSpace(c)).ToHashSet();

        Assert.Superset(drawn, regular);
        Assert.True(regular.Count < 250, $"{regular.Count} characters in the regular face: more than the page draws");
        Assert.DoesNotContain('谢', regular); // a common character the form never draws
    }

    private static HashSet<char> ToUnicode(string pdf, JsonElement font)
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
