using System.Globalization;
using System.Text.RegularExpressions;

namespace Guide.Worksheets.Tests;

/// <summary>
/// The printed page as a reader meets it: one-page cards on one page, no near-empty last page,
/// nothing left alone at a page break, the name and date on later pages, boxes tall enough to
/// write in, English words whole, and every file small.
/// </summary>
[Collection(RenderedCollection.Name)]
public sealed partial class LayoutTests(RenderedWorksheets rendered)
{
    // Mirrors FormStyle (see PageBodyTests).
    private const double Top = 36;
    private const double RunningHeader = 30;
    private const double Bottom = 44;

    public static TheoryData<string, string> OnePageCards()
    {
        var data = new TheoryData<string, string>();
        foreach (var id in (string[])["W1", "W2", "W3", "W6"])
        {
            foreach (var edition in TheGuide.Editions)
            {
                data.Add(id, edition.ToString());
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OnePageCards))]
    public void A_one_page_card_fits_one_a4_page(string id, string edition)
    {
        var info = ExternalTool.Run("pdfinfo", Pdf(id, edition)).Output;

        Assert.Matches(@"(?m)^Pages: +1$", info);
        Assert.Matches(@"(?m)^Page size: +595\.\d* x 841\.\d* pts \(A4\)$", info);
    }

    [Theory]
    [MemberData(nameof(RenderedWorksheets.All), MemberType = typeof(RenderedWorksheets))]
    public void Every_pdf_is_at_most_150_kb(string id, string edition)
    {
        Assert.InRange(new FileInfo(Pdf(id, edition)).Length, 1, 150 * 1024);
    }

    [Theory]
    [MemberData(nameof(RenderedWorksheets.All), MemberType = typeof(RenderedWorksheets))]
    public void The_last_page_is_at_least_a_third_full(string id, string edition)
    {
        var pdf = Pdf(id, edition);
        var pages = PageBodyTests.Pages(pdf);
        if (pages.Count == 1)
        {
            return;
        }

        var height = pages[^1].Height;
        var bottoms = WordBoxes(pdf, pages.Count).Select(w => w.YMax).Where(y => y < height - Bottom)
            .Concat(pages[^1].Widgets.Select(w => height - w.Rect[1]));
        var used = (bottoms.Max() - Top - RunningHeader) / (height - Top - RunningHeader - Bottom);
        Assert.True(used >= 1.0 / 3, $"the last of {pages.Count} pages is {used:P0} full");
    }

    [Theory]
    [MemberData(nameof(RenderedWorksheets.All), MemberType = typeof(RenderedWorksheets))]
    public void Nothing_is_left_alone_at_a_page_break(string id, string edition)
    {
        var worksheet = rendered.Get(id);
        var pdf = Pdf(id, edition);
        var pageOf = WidgetPages(pdf);
        var texts = PageTexts(pdf);
        var problems = new List<string>();

        foreach (var section in worksheet.Sections)
        {
            // A heading stays with the first field under it.
            var heading = Squeeze(section.Heading.Get(RenderedWorksheets.EditionNamed(edition).IsBilingual ? "zh-CN" : RenderedWorksheets.EditionNamed(edition).Language));
            var headingPage = texts.FindIndex(t => t.Contains(heading, StringComparison.Ordinal)) + 1;
            var first = FormControls.Of(section.Fields[0], TheGuide.Words).First().Name;
            if (headingPage != pageOf[first])
            {
                problems.Add($"heading \"{heading}\" on page {headingPage}, its first field on page {pageOf[first]}");
            }
        }

        var fields = worksheet.Fields.ToList();
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i] is TableField table && table.Rows >= 2)
            {
                // The header and the first two rows stay together; so do the last two rows.
                string Cell(int row) => FormControls.Join(table.Id, $"r{row}", table.Columns[0].Id);
                if (pageOf[Cell(1)] != pageOf[Cell(2)] || pageOf[Cell(table.Rows - 1)] != pageOf[Cell(table.Rows)])
                {
                    problems.Add($"table {table.Id} splits next to its first or last row");
                }
            }

            if (fields[i] is SignatureField signatures && i > 0)
            {
                // The signatures share their page with what they sign.
                var before = FormControls.Of(fields[i - 1], TheGuide.Words).Last().Name;
                var signed = FormControls.Of(signatures, TheGuide.Words).First().Name;
                if (pageOf[before] != pageOf[signed])
                {
                    problems.Add($"signatures on page {pageOf[signed]}, {before} on page {pageOf[before]}");
                }
            }
        }

        // The last two blocks end the form together.
        var last = FormControls.Of(fields[^1], TheGuide.Words).First().Name;
        var previous = FormControls.Of(fields[^2], TheGuide.Words).Last().Name;
        if (pageOf[last] != pageOf[previous])
        {
            problems.Add($"{last} alone on page {pageOf[last]}");
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Signatures_take_what_they_sign_with_them_to_the_next_page()
    {
        // Boxes from short to taller than the room left above the signatures: at some height the
        // signatures no longer fit under the box, and then both move on together.
        var pagesSeen = new HashSet<int>();
        for (var lines = 14; lines <= 30; lines++)
        {
            var yaml = $$$"""
                id: W2
                title: {zh-CN: 签名测试, en: Signing}
                purpose: {zh-CN: 用途, en: Purpose}
                when: {zh-CN: 何时, en: When}
                steps: [{zh-CN: 填写, en: Fill in}]
                intro: {zh-CN: 说明, en: Intro}
                sections:
                  - heading: {zh-CN: 记录, en: Record}
                    fields:
                      - {id: name, kind: text, header: true, label: {zh-CN: 姓名, en: Name}, help: {zh-CN: 姓名, en: Name}}
                      - {id: facts, kind: lines, lines: 10, label: {zh-CN: 事实, en: Facts}, help: {zh-CN: 事实, en: Facts}}
                      - {id: notes, kind: lines, lines: {{{lines}}}, label: {zh-CN: 记录, en: Notes}, help: {zh-CN: 记录, en: Notes}}
                      - id: sign
                        kind: signatures
                        label: {zh-CN: 双方确认, en: We both confirm}
                        help: {zh-CN: 手写签名, en: Sign by hand}
                        signers: [{id: a, label: {zh-CN: 员工, en: Employee}}, {id: b, label: {zh-CN: 主管, en: Manager}}]
                  - heading: {zh-CN: 存档, en: Filing}
                    fields:
                      - {id: filed, kind: lines, lines: 16, label: {zh-CN: 存档说明, en: Filing notes}, help: {zh-CN: 说明, en: Notes}}
                """;
            var worksheet = WorksheetCatalog.Parse("w2-signing.yml", yaml, TheGuide.Languages, new DiagnosticBag())!;
            var path = Path.Combine(rendered.Folder, $"signing-{lines}.pdf");
            File.WriteAllBytes(path, WorksheetPdf.Render(worksheet, TheGuide.English, rendered.Fonts, RenderedWorksheets.Options));

            var pageOf = WidgetPages(path);
            Assert.True(pageOf["notes"] == pageOf["sign_a_date"], $"{lines} lines: notes on page {pageOf["notes"]}, signatures on page {pageOf["sign_a_date"]}");
            pagesSeen.Add(pageOf["sign_a_date"]);
        }

        Assert.Equal([1, 2], pagesSeen.Order());
    }

    [Theory]
    [MemberData(nameof(RenderedWorksheets.All), MemberType = typeof(RenderedWorksheets))]
    public void Later_pages_carry_the_title_the_name_and_the_date(string id, string edition)
    {
        var worksheet = rendered.Get(id);
        var ed = RenderedWorksheets.EditionNamed(edition);
        var pdf = Pdf(id, edition);
        var pages = PageBodyTests.Pages(pdf);
        var texts = PageTexts(pdf);
        var header = worksheet.Fields.OfType<SingleLineField>().Where(f => f.InHeader).ToList();

        Assert.InRange(header.Count, 1, 2);
        for (var page = 1; page < pages.Count; page++)
        {
            var top = pages[page].Widgets.Where(w => w.Rect[1] > pages[page].Height - Top - RunningHeader).Select(w => w.Name);
            Assert.Equal(header.Select(f => f.Id).Order(StringComparer.Ordinal), top.Order(StringComparer.Ordinal));
            Assert.Contains(Squeeze(worksheet.Title.Get(ed.IsBilingual ? "zh-CN" : ed.Language)), texts[page], StringComparison.Ordinal);
            Assert.All(header, f => Assert.Contains(Squeeze(f.Label.Get(ed.IsBilingual ? "zh-CN" : ed.Language)), texts[page], StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(RenderedWorksheets.All), MemberType = typeof(RenderedWorksheets))]
    public void Every_box_to_write_in_is_at_least_8_mm_tall(string id, string edition)
    {
        var worksheet = rendered.Get(id);
        var text = FormControls.Of(worksheet, TheGuide.Words).Where(c => c.Kind == ControlKind.Text).Select(c => c.Name).ToHashSet();

        // A widget sits 1 pt inside its printed box on every side.
        var low = PageBodyTests.Pages(Pdf(id, edition)).SelectMany(p => p.Widgets)
            .Where(w => text.Contains(w.Name) && w.Rect[3] - w.Rect[1] + 2 < 22.7)
            .Select(w => $"{w.Name}: {w.Rect[3] - w.Rect[1] + 2:0.#} pt").ToList();
        Assert.Empty(low);
    }

    [Theory]
    [MemberData(nameof(RenderedWorksheets.All), MemberType = typeof(RenderedWorksheets))]
    public void English_words_are_never_broken(string id, string edition)
    {
        var ed = RenderedWorksheets.EditionNamed(edition);
        if (ed.Language == "zh-CN" && !ed.IsBilingual)
        {
            return;
        }

        var worksheet = rendered.Get(id);
        var printed = PrintableText.Texts(worksheet).Select(t => t.Text.Get("en"))
            .Concat([worksheet.Title.Get("en"), worksheet.Intro.Get("en"), RenderedWorksheets.Options.SiteName.Get("en"), worksheet.Id, "Page of Signature Date"]);
        var known = printed.SelectMany(Words).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // A word broken at a line end shows up as two pieces, neither of which is a word of the form.
        var text = string.Join('\n', PageTexts(Pdf(id, edition), raw: true)).Replace("-\n", "-", StringComparison.Ordinal);
        var broken = Words(text).Where(w => !known.Contains(w)).Distinct().ToList();
        Assert.True(broken.Count == 0, "not words of the form: " + string.Join(", ", broken));
    }

    private string Pdf(string id, string edition) => rendered.PathOf(id, RenderedWorksheets.EditionNamed(edition));

    /// <summary>Latin words with letters only at the ends, as a reader would see them.</summary>
    private static IEnumerable<string> Words(string text) =>
        LatinWord().Matches(text).Select(m => m.Value).Where(w => w.Any(char.IsAsciiLetter));

    /// <summary>The first page each field's widget is on.</summary>
    private static Dictionary<string, int> WidgetPages(string pdf)
    {
        var pages = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (page, number) in PageBodyTests.Pages(pdf).Select((p, i) => (p, i + 1)))
        {
            foreach (var widget in page.Widgets.Where(w => w.Rect[1] <= page.Height - Top - RunningHeader))
            {
                pages.TryAdd(widget.Name, number);
            }
        }

        return pages;
    }

    /// <summary>Each page's text with all white space removed (or, raw, as pdftotext lays it out).</summary>
    private static List<string> PageTexts(string pdf, bool raw = false)
    {
        var text = ExternalTool.Run("pdftotext", "-raw", "-enc", "UTF-8", pdf, "-").Output;
        return [.. text.Split('\f').SkipLast(1).Select(t => raw ? t : Squeeze(t))];
    }

    private static List<(double YMin, double YMax)> WordBoxes(string pdf, int page)
    {
        var page1 = page.ToString(CultureInfo.InvariantCulture);
        var html = ExternalTool.Run("pdftotext", "-bbox", "-f", page1, "-l", page1, pdf, "-").Output;
        return [.. WordBox().Matches(html).Select(m => (double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)))];
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [GeneratedRegex(@"[A-Za-z0-9À-ɏ](?:[A-Za-z0-9À-ɏ'’\-]*[A-Za-z0-9À-ɏ])?")]
    private static partial Regex LatinWord();

    [GeneratedRegex(@"yMin=""([\d.]+)"" xMax=""[\d.]+"" yMax=""([\d.]+)""")]
    private static partial Regex WordBox();
}
