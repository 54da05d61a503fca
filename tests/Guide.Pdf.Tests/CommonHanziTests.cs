using Guide.Pdf.Tests.Support;

namespace Guide.Pdf.Tests;

public sealed class CommonHanziTests
{
    [Fact]
    public void Gb2312_level_1_has_3755_distinct_hanzi_in_pinyin_order()
    {
        var hanzi = CommonHanzi.Gb2312Level1;

        Assert.Equal(3755, hanzi.Length);
        Assert.Equal(3755, hanzi.Distinct().Count());
        Assert.All(hanzi, c => Assert.InRange(c, '\u4E00', '\u9FFF'));
        Assert.Equal('啊', hanzi[0]);
        Assert.Equal('座', hanzi[^1]);
        Assert.Contains('绩', hanzi);
        Assert.Contains('效', hanzi);
    }

    [Fact]
    public void Noto_sans_sc_covers_the_whole_set_and_the_punctuation()
    {
        Assert.Equal("", TestFonts.Regular.MissingCharacters(CommonHanzi.Gb2312Level1 + CommonHanzi.Punctuation));
    }
}
