using Guide.Building;
using Guide.Markdown;
using Guide.Rendering;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Guide.Tests.Markdown;

/// <summary>
/// Rendering reads a page's syntax tree and never changes it: links keep the source paths the editor wrote
/// and callouts get their label only in the HTML, so the same tree can be indexed, checked and rendered again.
/// </summary>
public class UntouchedTreeTests
{
    [Fact]
    public void A_built_page_keeps_its_links_and_callouts_as_written_and_renders_the_same_twice()
    {
        using var site = new FixtureSite(FixtureSite.Small());
        var (model, problems) = new SiteBuilder(site.Options(), NoProgress.Instance).Validate();
        Assert.DoesNotContain(problems, d => d.IsError);
        var home = model!.Find("zh-CN", "index.md")!;
        var before = model.Find("zh-CN", "before/index.md")!;

        Assert.Equal(["before/index.md#面谈前充分准备"], home.Syntax.Descendants<LinkInline>().Select(l => l.Url));
        var callout = before.Syntax.Descendants<CustomContainer>().Single();
        Assert.Equal("我想先确认一下目标。", PageDocument.PlainText(((ParagraphBlock)Assert.Single(callout)).Inline));

        var links = new LinkResolver(LinkTargets.Of(model, site.Input, portable: false));
        var first = BodyRenderer.Render(before, links, model.Words["zh-CN"]);
        var second = BodyRenderer.Render(before, links, model.Words["zh-CN"]);
        Assert.Equal(first, second);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(first, "class=\"callout-label\""));
        Assert.Contains("href=\"../\"", first);
    }
}
