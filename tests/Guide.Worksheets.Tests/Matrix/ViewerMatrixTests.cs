using System.Globalization;
using System.Text;
using System.Text.Json;
using Guide.Pdf;

namespace Guide.Worksheets.Tests.Matrix;

/// <summary>
/// What a reader sees after filling a worksheet in the viewers people use: every typed character
/// kept in the file and drawn on the page, every check box ticked, one radio button per choice.
/// Each failure names the engine, the file and the field.
/// </summary>
[Collection(ViewerMatrixCollection.Name)]
public sealed class ViewerMatrixTests(ViewerMatrix matrix, ITestOutputHelper output)
{
    public static TheoryData<string> Fillers() => [.. ViewerMatrix.Fillers];

    public static TheoryData<string, string> CheckersOfFillers()
    {
        var data = new TheoryData<string, string>();
        foreach (var checker in ViewerMatrix.Checkers)
        {
            foreach (var filler in ViewerMatrix.Fillers)
            {
                data.Add(checker, filler);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fillers))]
    public void The_filled_file_holds_every_value(string filler)
    {
        ViewerMatrix.Require();
        var problems = new List<string>();
        foreach (var file in matrix.Plan.Files)
        {
            var result = ExternalTool.Run("qpdf", "--json", "--json-key=acroform", matrix.FilledPdf(filler, file.Name));
            if (result.ExitCode is not (0 or 3))
            {
                problems.Add($"{file.Name}: qpdf could not read the file: {result.Errors}");
                continue;
            }

            using var json = JsonDocument.Parse(result.Output);
            var widgets = json.RootElement.GetProperty("acroform").GetProperty("fields").EnumerateArray().ToList();
            foreach (var (field, typed) in file.Text)
            {
                var value = Value(widgets.First(w => w.GetProperty("fullname").GetString() == field));
                if (Normalize(value) != Normalize(typed))
                {
                    problems.Add($"{file.Name} {field}: /V is \"{value}\", typed \"{typed}\"");
                }
            }

            foreach (var box in file.Checks.Where(box => Value(widgets.First(w => w.GetProperty("fullname").GetString() == box)) != "/Yes"))
            {
                problems.Add($"{file.Name} {box}: not ticked");
            }

            foreach (var (choice, options) in file.Choices)
            {
                var buttons = widgets.Where(w => w.GetProperty("fullname").GetString() == choice).ToList();
                var on = buttons.Select(b => b.GetProperty("annotation").GetProperty("appearancestate").GetString()).Where(s => s != "/Off").ToList();
                if (Value(buttons[0]) != "/" + options[^1] || on.Count != 1 || on[0] != "/" + options[^1])
                {
                    problems.Add($"{file.Name} {choice}: value {Value(buttons[0])}, buttons on [{string.Join(", ", on)}], chosen last {options[^1]}");
                }
            }
        }

        Assert.True(problems.Count == 0, $"{filler}:\n" + string.Join('\n', problems.Take(40)));
    }

    [Theory]
    [MemberData(nameof(Fillers))]
    public void Choosing_a_radio_button_turns_the_others_off(string filler)
    {
        ViewerMatrix.Require();
        var problems = new List<string>();
        var choices = 0;
        foreach (var file in matrix.Plan.Files.Where(f => f.Choices.Count > 0))
        {
            var report = matrix.Filled[filler][file.Name];
            foreach (var (choice, options) in file.Choices)
            {
                choices++;
                var states = report.Radio.TryGetValue(choice, out var s) ? s : [];
                var expected = options.Select(o => (IReadOnlyList<string>)[o]).ToList();
                if (states.Count != expected.Count || states.Zip(expected).Any(p => !p.First.SequenceEqual(p.Second)))
                {
                    problems.Add($"{file.Name} {choice}: after each choice {Show(states)}, expected {Show(expected)}");
                }
            }
        }

        Assert.Equal(3 * 2, choices); // W8 and W9, in three editions
        Assert.True(problems.Count == 0, $"{filler}:\n" + string.Join('\n', problems));
    }

    [Theory]
    [MemberData(nameof(Fillers))]
    public void The_filling_engine_draws_every_typed_character_and_tick(string filler)
    {
        ViewerMatrix.Require();
        var problems = new List<string>();
        foreach (var file in matrix.Plan.Files)
        {
            var report = matrix.Filled[filler][file.Name];
            if (report.Error is not null)
            {
                problems.Add($"{file.Name}: {report.Error}");
                continue;
            }

            problems.AddRange(Check(filler, filler, file, report.Pages, (widget, items) => filler switch
            {
                "pdf.js" => PdfJsVerdict(widget, items, file.Text[widget.Field]),
                "MuPDF" => MuPdfVerdict(widget, items, file.Text[widget.Field]),
                _ => Same(Squeeze(string.Concat(items.Select(i => i.Text))), Squeeze(file.Text[widget.Field])),
            }));
        }

        if (filler == "pdf.js")
        {
            var items = matrix.Filled[filler].Values.SelectMany(f => f.Pages).SelectMany(p => p).ToList();
            output.WriteLine($"pdf.js cut off {Squeeze(string.Concat(items.Select(i => i.Below))).Length} characters below boxes "
                + $"and {Squeeze(string.Concat(items.Select(i => i.PastEdge))).Length} past right edges, of {Squeeze(string.Concat(items.Select(i => i.Text + i.Below + i.PastEdge))).Length} drawn");
        }

        Assert.True(problems.Count == 0, $"{filler}, {problems.Count} problems:\n" + string.Join('\n', problems.Take(40)));
    }

    /// <summary>
    /// MuPDF cuts longer answers off (see <see cref="Check"/>), but in a box wide enough for
    /// "张鑫琪 王婷" at its 12 pt (with 2 pt padding each side) the names that start an answer must be drawn: not dropped,
    /// not turned into something else. It shows the end of the 300-character answer, so that one
    /// is left out. Text an answer above ran on into the box is interleaved with the names, so
    /// their characters are counted, not read in order.
    /// </summary>
    private static string? MuPdfVerdict(WidgetBox widget, List<TextItem> items, string typed)
    {
        if (widget.Rect[2] - widget.Rect[0] < (5 + 1) * 12 + 4 || typed.Length >= 300)
        {
            return null;
        }

        var drawn = Squeeze(string.Concat(items.Select(i => i.Text)));
        var names = Squeeze(FillPlan.TestSet[..FillPlan.TestSet.IndexOf('≤', StringComparison.Ordinal)]);
        return Same(drawn, names, extrasAllowed: true) is null ? null : $"drew \"{drawn}\", not all of the names \"{names}\"";
    }

    /// <summary>
    /// pdf.js (pdfjs-dist, src/core/annotation.js) lays out auto-sized multi-line text with two
    /// faults that cut text off in print. _computeFontSize counts a line as one font size high but
    /// draws lines 1.35 font sizes apart, so text that wraps to more lines than it planned runs on
    /// below the box; _splitLine, after breaking at a space, skips the width of the glyph that
    /// follows, so a wrapped line can end one glyph past the right edge. Both are allowed, and held
    /// to what the faults explain: lines below the box only when pdf.js counted them as fitting
    /// (lines × size within the box less its 1 pt padding), at most one glyph past the edge per
    /// line. Every character must be in the appearance; anything else, such as a one-line layout
    /// running off the box, fails.
    /// </summary>
    private static string? PdfJsVerdict(WidgetBox widget, List<TextItem> items, string typed)
    {
        if (Same(Squeeze(string.Concat(items.Select(i => i.Text + i.Below + i.PastEdge))), Squeeze(typed)) is { } missing)
        {
            return missing;
        }

        var height = widget.Rect[3] - widget.Rect[1];
        var below = items.Where(i => Squeeze(i.Below).Length > 0 && i.Lines * i.FontSize > height - 2 + 0.05).ToList();
        if (below.Count > 0)
        {
            return $"pdf.js put \"{below[0].Below}\" below the box ({below[0].Lines} lines at {below[0].FontSize} pt in {height:0.#} pt)";
        }

        var past = items.SelectMany(i => i.PastEdge.Split('\n')).Select(Squeeze).Where(line => line.EnumerateRunes().Count() > 1).ToList();
        return past.Count == 0 ? null : $"pdf.js ran \"{string.Join(" | ", past)}\" past the right edge";
    }

    [Theory]
    [MemberData(nameof(CheckersOfFillers))]
    public void Poppler_and_Ghostscript_show_every_typed_character_of_each_filled_file(string checker, string filler)
    {
        ViewerMatrix.Require();
        var problems = new List<string>();
        foreach (var file in matrix.Plan.Files)
        {
            var pages = matrix.Extracted[(checker, filler)][file.Name].Select(p => (IReadOnlyList<TextItem>)p).ToList();
            var own = matrix.Filled[filler][file.Name].Pages;
            problems.AddRange(Check(checker, filler, file, pages, (widget, items) => filler switch
            {
                // Everything pdf.js left inside the box. Lines it let run below a box are clipped
                // from sight but extracted all the same, under the next box, so extras are allowed.
                "pdf.js" => Same(Squeeze(string.Concat(items.Select(i => i.Text))), Squeeze(string.Concat(Items(own, widget).Select(i => i.Text))), extrasAllowed: true),
                "MuPDF" => MuPdfVerdict(widget, items, file.Text[widget.Field]),
                _ => Same(Squeeze(string.Concat(items.Select(i => i.Text))), Squeeze(file.Text[widget.Field])),
            }));
        }

        Assert.True(problems.Count == 0, $"{checker} on {filler}'s files, {problems.Count} problems:\n" + string.Join('\n', problems.Take(40)));
    }

    [Fact]
    public void The_stand_in_font_has_every_character_of_the_test_set()
    {
        ViewerMatrix.Require();
        var font = PdfFont.Load(ViewerMatrix.Font.Path, ViewerMatrix.Font.FaceIndex);

        Assert.Equal("", font.MissingCharacters(FillPlan.TestSet + FillPlan.Long("#1") + "第二行"));
        foreach (var (name, time) in matrix.Timings.OrderBy(t => t.Value))
        {
            output.WriteLine($"{name}: {time.TotalSeconds:0.0} s");
        }
    }

    [Fact]
    public void The_test_set_reaches_every_field_and_one_cell_holds_300_characters()
    {
        ViewerMatrix.Require();
        foreach (var file in matrix.Plan.Files)
        {
            var worksheet = matrix.Catalog.FindById(file.Name.Split('-')[0])!;
            var controls = FormControls.Of(worksheet, TheGuide.Words);
            Assert.Equal(controls.Where(c => c.Kind == ControlKind.Text).Select(c => c.Name).Order(StringComparer.Ordinal), file.Text.Keys.Order(StringComparer.Ordinal));
            Assert.All(file.Text.Values, v => Assert.StartsWith(FillPlan.TestSet, v.Replace(FillPlan.Long("")[..^1], FillPlan.TestSet, StringComparison.Ordinal), StringComparison.Ordinal));
            Assert.Equal(controls.Count(c => c.Kind == ControlKind.CheckBox), file.Checks.Count);
        }

        Assert.Equal(27, matrix.Plan.Files.Count);
        var withTables = matrix.Catalog.All.Count(w => w.Fields.OfType<TableField>().Any());
        Assert.Equal(3 * withTables, matrix.Plan.Files.Count(f => f.Text.Values.Any(v => v.Length > 300)));
    }

    /// <summary>
    /// Per text widget: <paramref name="verdict"/> on the text the engine drew inside it (null when
    /// right), and ink where each extracted character or word stands: not dropped, not a glyph the
    /// font lacks. Per check box, a tick; per choice, a dot in the last option chosen and no other.
    /// MuPDF (mutool 1.21) is held to the names at the start of every answer, and ink for each
    /// character it drew: it sets typed text at 12 pt without shrinking it, so a longer answer is
    /// cut off and runs on under the next box, and at the start of a wrapped line it turns ≤ and →
    /// into "·" (pdf-appearance.c: write_variable_text, next_text_walk). The value it stores keeps
    /// every character (checked above).
    /// </summary>
    private List<string> Check(string engine, string filler, FileFill file, IReadOnlyList<IReadOnlyList<TextItem>> pages, Func<WidgetBox, List<TextItem>, string?> verdict)
    {
        var problems = new List<string>();
        var renders = new Dictionary<int, PgmImage>();
        PgmImage Render(int page) => renders.TryGetValue(page, out var image) ? image : renders[page] = matrix.Render(engine, filler, file.Name, page);
        if (pages.Count != file.Pages)
        {
            return [$"{file.Name}: {pages.Count} pages of text, the file has {file.Pages}"];
        }

        foreach (var widget in file.Widgets)
        {
            var r = widget.Rect;
            var image = Render(widget.Page);
            switch (widget.Kind)
            {
                case ControlKind.Text:
                    var items = Items(pages, widget);
                    if (verdict(widget, items) is { } wrong)
                    {
                        problems.Add($"{file.Name} {widget.Field} p{widget.Page}: {wrong}");
                        break;
                    }

                    // Text that MuPDF or pdf.js let run below a box is extracted under the next one,
                    // and pdf.js reports a widget's text as one item: those are held to ink somewhere
                    // in the box. A comma or full stop at 4 pt is under a pixel at 100 dpi, so
                    // punctuation is not looked for alone; everything else in at least a 2 pt square.
                    var perItem = filler == "PDFium";
                    var unseen = perItem
                        ? items.Where(i => !i.Text.All(char.IsPunctuation)).Select(Grown).Where(i => Ink(image, Math.Max(i.X0, r[0] + 1), Math.Max(i.Y0, r[1] + 1), Math.Min(i.X1, r[2] - 1), Math.Min(i.Y1, r[3] - 1)) == 0).Select(i => $"\"{i.Text}\" at ({i.X0:0.#}, {i.Y0:0.#})")
                        : Ink(image, r[0] + 1, r[1] + 1, r[2] - 1, r[3] - 1) == 0 ? ["anything"] : [];
                    foreach (var what in unseen)
                    {
                        problems.Add($"{file.Name} {widget.Field} p{widget.Page}: no ink for {what}");
                    }

                    break;
                case ControlKind.CheckBox:
                    if (Centre(image, r, 0.5) < 3)
                    {
                        problems.Add($"{file.Name} {widget.Field}: no tick drawn");
                    }

                    break;
                case ControlKind.Choice:
                    var chosen = widget.Option == file.Choices[widget.Field][^1];
                    var ink = Centre(image, r, 0.35);
                    if (chosen ? ink < 3 : ink > 0)
                    {
                        problems.Add($"{file.Name} {widget.Field}={widget.Option}: {(chosen ? "chosen but no dot drawn" : $"not chosen but {ink} dark pixels in the button")}");
                    }

                    break;
            }
        }

        return problems;
    }

    private static TextItem Grown(TextItem item)
    {
        var (w, h) = (Math.Max(2, item.X1 - item.X0), Math.Max(2, item.Y1 - item.Y0));
        return item with { X0 = item.CentreX - w / 2, X1 = item.CentreX + w / 2, Y0 = item.CentreY - h / 2, Y1 = item.CentreY + h / 2 };
    }

    /// <summary>Anything visibly darker than the white page: typed text at 3 pt leaves only light grey pixels at 100 dpi.</summary>
    private static int Ink(PgmImage image, double x0, double y0, double x1, double y1) => image.Ink(x0, y0, x1, y1, ViewerMatrix.Dpi, threshold: 230);

    /// <summary>
    /// The same characters, each as often: engines order tiny wrapped text differently when they
    /// rebuild lines from positions (Ghostscript interleaves two lines 3 pt apart), so the order is
    /// not compared; every character and its count are.
    /// </summary>
    private static string? Same(string drawn, string expected, bool extrasAllowed = false)
    {
        var have = Count(drawn);
        var want = Count(expected);
        var missing = string.Concat(want.SelectMany(w => Enumerable.Repeat(w.Key, Math.Max(0, w.Value - have.GetValueOrDefault(w.Key)))));
        var extra = string.Concat(have.SelectMany(h => Enumerable.Repeat(h.Key, Math.Max(0, h.Value - want.GetValueOrDefault(h.Key)))));
        return missing.Length == 0 && (extra.Length == 0 || extrasAllowed) ? null
            : $"missing \"{missing}\", extra \"{extra}\"; drew \"{drawn}\" for \"{expected}\"";
    }

    private static Dictionary<string, int> Count(string text) =>
        text.EnumerateRunes().Select(r => Kangxi.TryGetValue(r.Value, out var ideograph) ? ideograph : r.ToString())
            .GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>
    /// Kangxi radicals Ghostscript reports for ideographs of the test set that share their glyph (the
    /// stand-in font maps both code points to it). The tests run without ICU, so NFKC cannot fold them.
    /// </summary>
    private static readonly Dictionary<int, string> Kangxi = new() { [0x2F06] = "二", [0x2F8F] = "行" };

    private static List<TextItem> Items(IReadOnlyList<IReadOnlyList<TextItem>> pages, WidgetBox widget)
    {
        var r = widget.Rect;
        // Ghostscript boxes a character by its advance, rounded to whole points, so the last one of
        // a full line can end up to a point past the edge; the next box's text starts 2 pt inside.
        return EngineOutput.InLines(pages[widget.Page - 1].Where(i => i.CentreX > r[0] - 1.5 && i.CentreX < r[2] + 1.5 && i.CentreY > r[1] - 0.5 && i.CentreY < r[3] + 0.5));
    }

    /// <summary>Dark pixels in the middle <paramref name="share"/> of a button, away from its border.</summary>
    private static int Centre(PgmImage image, double[] r, double share)
    {
        var inset = (1 - share) / 2;
        var (w, h) = (r[2] - r[0], r[3] - r[1]);
        return image.Ink(r[0] + w * inset, r[1] + h * inset, r[2] - w * inset, r[3] - h * inset, ViewerMatrix.Dpi);
    }

    /// <summary>A field's /V as qpdf gives it: names as "/Yes", text strings after a "u:".</summary>
    private static string Value(JsonElement field) =>
        field.GetProperty("value").GetString() is { } value ? (value.StartsWith("u:", StringComparison.Ordinal) ? value[2..] : value) : "";

    private static string Normalize(string text) => text.ReplaceLineEndings("\n").TrimEnd();

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static string Show(IEnumerable<IReadOnlyList<string>> states) => "[" + string.Join(" ", states.Select(s => "{" + string.Join(",", s) + "}")) + "]";
}
