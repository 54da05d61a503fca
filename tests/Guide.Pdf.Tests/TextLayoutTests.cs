using System.Globalization;
using System.Text.RegularExpressions;
using Guide.Bench;
using Guide.Pdf.Tests.Support;

namespace Guide.Pdf.Tests;

/// <summary>Line breaking for mixed Chinese and English, and where aligned lines land on the page.</summary>
public sealed partial class TextLayoutTests
{
    private const double Size = 10;
    private static PdfFont Font => TestFonts.Regular;

    /// <summary>The width of <paramref name="count"/> full-width characters.</summary>
    private static double Han(int count) => Font.Measure(new string('一', count), Size) + 0.01;

    [Fact]
    public void Han_text_breaks_between_any_two_characters()
    {
        Assert.Equal(["一二三四", "五六七八", "九十"], TextLayout.Wrap("一二三四五六七八九十", Font, Size, Han(4)));
    }

    [Fact]
    public void Latin_text_breaks_at_spaces_and_never_inside_a_word()
    {
        var width = Font.Measure("The quick brown", Size) + 0.01;

        Assert.Equal(["The quick brown", "fox jumps over", "the lazy dog."], TextLayout.Wrap("The quick brown fox jumps over the lazy dog.", Font, Size, width));
    }

    [Theory]
    [InlineData('，')]
    [InlineData('。')]
    [InlineData('、')]
    [InlineData('；')]
    [InlineData('：')]
    [InlineData('？')]
    [InlineData('！')]
    [InlineData('）')]
    [InlineData('」')]
    [InlineData('』')]
    [InlineData('》')]
    [InlineData(',')]
    [InlineData('.')]
    public void Closing_punctuation_never_starts_a_line(char mark)
    {
        // Four characters fill the line exactly, so the mark would land at the start of the next one.
        var lines = TextLayout.Wrap("一二三四" + mark + "五六七八", Font, Size, Han(4));

        Assert.DoesNotContain(lines, l => l.StartsWith(mark));
        Assert.Equal("一二三", lines[0]);
        Assert.Equal("四" + mark, lines[1][..2]);
    }

    [Theory]
    [InlineData('（')]
    [InlineData('「')]
    [InlineData('『')]
    [InlineData('《')]
    [InlineData('(')]
    public void Opening_punctuation_never_ends_a_line(char mark)
    {
        var lines = TextLayout.Wrap("一二三" + mark + "四五六", Font, Size, Han(4));

        Assert.DoesNotContain(lines, l => l.EndsWith(mark));
        Assert.Equal(["一二三", mark + "四五六"], lines);
    }

    [Fact]
    public void Hard_line_breaks_are_kept_including_empty_lines()
    {
        Assert.Equal(["第一行", "第二行", "", "第四行"], TextLayout.Wrap("第一行\n第二行\r\n\r第四行", Font, Size, 500));
    }

    [Fact]
    public void Mixed_text_breaks_between_han_and_latin_but_keeps_english_words_whole()
    {
        var lines = TextLayout.Wrap("请阅读Performance review指南", Font, Size, Font.Measure("请阅读Performance", Size) + 0.01);

        Assert.Equal(["请阅读Performance", "review指南"], lines);
    }

    [Fact]
    public void A_word_wider_than_the_line_is_cut_and_every_line_fits()
    {
        var text = "Pneumonoultramicroscopicsilicovolcanoconiosis 是一个很长的英文单词。" + SampleForm.Intro;
        foreach (var width in new[] { 40.0, 90, 150, 260 })
        {
            var lines = TextLayout.Wrap(text, Font, Size, width);

            Assert.All(lines, l => Assert.True(Font.Measure(l, Size) <= width + 1e-9, $"'{l}' is wider than {width}"));
            Assert.Equal(text.Replace(" ", "", StringComparison.Ordinal), string.Concat(lines).Replace(" ", "", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Measure_uses_the_advance_widths()
    {
        // Noto Sans SC: Han characters are one em wide; 'i' is narrower than 'W'.
        Assert.Equal(30, Font.Measure("一二三", 10), 6);
        Assert.True(Font.Measure("iiii", 10) < Font.Measure("WWWW", 10));
        Assert.Equal(Font.Ascent(10) + Font.Descent(10), Font.LineHeight(10), 6);
    }

    [Theory]
    [InlineData(TextAlign.Left)]
    [InlineData(TextAlign.Center)]
    [InlineData(TextAlign.Right)]
    public void Aligned_lines_land_where_pdftotext_finds_them(TextAlign align)
    {
        const double x = 100;
        const double width = 300;
        const string line = "居中 Centre";
        var document = new PdfDocument(new PdfDocumentOptions());
        TextLayout.Draw(document.AddPage(PageSize.A4), line, x, 100, width, Font, 12, align);

        var (left, right) = Extent(PdfTools.Text(PdfTools.Save(document.ToArray()), "-bbox"));
        var measured = Font.Measure(line, 12);
        var expectedLeft = align switch { TextAlign.Center => x + (width - measured) / 2, TextAlign.Right => x + width - measured, _ => x };

        Assert.Equal(expectedLeft, left, 0.5);
        Assert.Equal(expectedLeft + measured, right, 0.5);
    }

    private static (double Left, double Right) Extent(string bboxHtml)
    {
        var words = WordBox().Matches(bboxHtml);
        Assert.NotEmpty(words);
        return (words.Min(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)),
                words.Max(m => double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)));
    }

    [GeneratedRegex("<word xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" xMax=\"([0-9.]+)\"")]
    private static partial Regex WordBox();
}
