using Guide.Content;
using Guide.Markdown;

namespace Guide.Tests.Markdown;

public class HeadingIdTests
{
    private static PageDocument Parse(string body) =>
        PageDocument.Parse(new Page("zh-CN", "a.md", "a.md", new FrontMatter("t", null, 0, Audience.All, [], []), body, 5));

    [Theory]
    [InlineData("## 面谈前：充分准备", "面谈前充分准备")]
    [InlineData("## 复述确认", "复述确认")]
    [InlineData("## SMART 原则", "smart-原则")]
    [InlineData("## Restate what you heard!", "restate-what-you-heard")]
    public void Chinese_headings_keep_their_characters_in_the_id(string markdown, string id)
    {
        var heading = Assert.Single(Parse(markdown + "\n").Headings);

        Assert.Equal(id, heading.Id);
    }

    [Fact]
    public void Different_chinese_headings_get_different_ids()
    {
        var document = Parse("## 面谈前\n\n## 面谈中\n\n## 面谈后\n");

        Assert.Equal(3, document.Headings.Select(h => h.Id).Distinct().Count());
    }

    [Fact]
    public void Heading_lines_are_file_lines()
    {
        var document = Parse("intro\n\n## 第二节\n");

        Assert.Equal(7, Assert.Single(document.Headings).Line);
    }
}
