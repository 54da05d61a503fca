using System.Text.RegularExpressions;
using Guide.Bench;
using Guide.Pdf.Fonts;
using Guide.Pdf.Tests.Support;

namespace Guide.Pdf.Tests;

/// <summary>Embedded fonts hold only the glyphs used (plus composite components), under a reproducible subset tag.</summary>
public sealed partial class SubsettingTests
{
    [Fact]
    public void The_embedded_font_is_a_small_fraction_of_the_source_file()
    {
        var path = PdfTools.Save(SampleForm.Build(TestFonts.Regular, TestFonts.Bold));
        var json = new QpdfJson(path);
        var programs = json.Dictionaries().Where(d => d.TryGetProperty("/Length1", out _)).Select(d => d.GetProperty("/Length1").GetInt32()).ToList();
        var source = new FileInfo(TestFonts.Regular.Path).Length;

        Assert.Equal(2, programs.Count);
        Assert.All(programs, length => Assert.True(length < source / 100, $"embedded program is {length} bytes of a {source}-byte font"));
        Assert.True(new FileInfo(path).Length < source / 50);
    }

    [Fact]
    public void Pdffonts_reports_every_font_embedded_subset_with_unicode_map_and_a_six_letter_tag()
    {
        var output = PdfTools.Run("pdffonts", PdfTools.Save(SampleForm.Build(TestFonts.Regular, TestFonts.Bold))).Output;
        var rows = output.Split('\n').Skip(2).Where(l => l.Length > 0).ToList();

        Assert.Equal(2, rows.Count);
        Assert.All(rows, row => Assert.Matches(SubsetRow(), row));
    }

    [Fact]
    public void The_subset_tag_follows_the_glyph_set()
    {
        static string Tag(string text)
        {
            var document = new PdfDocument(new PdfDocumentOptions());
            document.AddPage(PageSize.A4).DrawText(text, 50, 50, TestFonts.Regular, 12);
            return PdfTools.Run("pdffonts", PdfTools.Save(document.ToArray())).Output.Split('\n')[2][..6];
        }

        Assert.Equal(Tag("面谈"), Tag("面谈"));
        Assert.NotEqual(Tag("面谈"), Tag("复盘"));
    }

    [Fact]
    public void A_composite_glyph_brings_its_components_and_nothing_else()
    {
        var font = PdfFont.Load(TestFonts.WriteTemp("composite.ttf", SyntheticFont.WithCompositeGlyph()));
        var usage = new FontUsage(font, "F1");
        usage.Encode("A");

        var subset = FontSubsetter.Build(font.Face, usage);
        var embedded = new TrueTypeFace(SfntDirectory.Read(new FontBytes(subset.Program), 0));
        var components = CompositeGlyph.Components(embedded.Outline(1));

        Assert.Equal([0, SyntheticFont.CompositeGlyph, SyntheticFont.SquareGlyph], subset.OriginalGlyphs);
        Assert.Equal(3, embedded.GlyphCount); // .notdef, 'A', the square; the unused triangle is gone
        Assert.Equal([2, 2], components.Select(c => (int)c.Glyph));
        Assert.Equal(font.Face.Outline(SyntheticFont.SquareGlyph).Span.ToArray(), embedded.Outline(2).Span.ToArray());
        Assert.Equal(1, embedded.Cmap['A']);
    }

    [Fact]
    public void A_composite_glyph_renders_with_both_components()
    {
        var font = PdfFont.Load(TestFonts.WriteTemp("composite.ttf", SyntheticFont.WithCompositeGlyph()));
        var document = new PdfDocument(new PdfDocumentOptions());

        // At 100 pt and 72 dpi one font unit is 0.1 px: squares at x 100..130 and 150..180, y 60..100.
        document.AddPage(PageSize.A4).DrawText("A", 90, 100, font, 100);
        var image = PdfTools.Render(PdfTools.Save(document.ToArray()));

        Assert.True(image.DarkPixels(102, 62, 26, 36) > 900, "left square missing");
        Assert.True(image.DarkPixels(152, 62, 26, 36) > 900, "right square missing");
        Assert.Equal(0, image.DarkPixels(134, 62, 12, 36)); // the gap between them
    }

    [GeneratedRegex(@"^[A-Z]{6}\+NotoSansSC-(Regular|Bold)\s+CID TrueType\s+Identity-H\s+yes yes yes")]
    private static partial Regex SubsetRow();
}
