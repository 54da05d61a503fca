using AngleSharp.Html.Parser;

namespace Guide.Tests.Hardening;

/// <summary>
/// Content cannot put script on a page: not through a link's scheme in any spelling, not through
/// Markdig's attribute syntax, not through a media link, not through site.yml. The generator refuses it
/// itself, so a page is safe even where the server sends no CSP (opened from disk, a lax intranet server).
/// </summary>
public class ScriptFromContentTests
{
    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("[click](JAVASCRIPT:alert(1))")]
    [InlineData("[click](<java\tscript:alert(1)>)")]
    [InlineData("[click](&#106;avascript:alert(1))")]
    [InlineData("[click](vbscript:msgbox(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<JavaScript:alert(1)>")]
    [InlineData("[click][r]\n\n[r]: javascript:alert(1)")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("[home](//evil.example/)")]
    public void A_script_url_in_any_spelling_is_refused(string markdown)
    {
        using var site = Page(markdown);

        Expect.Problem(site.Build(), "input/en/before/index.md", "GUIDE022");
    }

    [Theory]
    [InlineData("A paragraph.{onclick=\"alert(1)\"}", "onclick")]
    [InlineData("![pic](../../assets/a.svg){onerror=\"alert(1)\"}", "onerror")]
    [InlineData("## Heading {style=\"display:none\"}", "style")]
    [InlineData("[link](../index.md){onmouseover=alert(1)}", "onmouseover")]
    public void Attributes_other_than_id_and_class_are_refused(string markdown, string attribute)
    {
        using var site = Page(markdown);

        var problem = Expect.Problem(site.Build(), "input/en/before/index.md", "GUIDE023");

        Assert.Contains($"'{attribute}'", problem.Message);
    }

    [Fact]
    public void An_id_and_classes_in_braces_are_still_written()
    {
        using var site = Page("## Heading {#own-id .wide}");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains("<h2 id=\"own-id\" class=\"wide\">", Body(result, "en/before/index.html"));
    }

    [Fact]
    public void Safe_links_in_any_letter_case_are_kept_as_written()
    {
        using var site = Page("[a](HTTPS://example.org/) [b](Mailto:hr@example.org) [c](../index.md) [d](#heading) <https://example.org/x> <hr@example.org>\n\n## Heading");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var body = Body(result, "en/before/index.html");
        Assert.Contains("href=\"HTTPS://example.org/\"", body);
        Assert.Contains("href=\"Mailto:hr@example.org\"", body);
        Assert.Contains("href=\"mailto:hr@example.org\"", body);
    }

    [Fact]
    public void A_media_link_stays_a_link_and_nothing_is_embedded_from_outside()
    {
        using var site = Page("[the talk](https://www.youtube.com/watch?v=dQw4w9WgXcQ)");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var body = Body(result, "en/before/index.html");
        Assert.Contains("<a href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\">the talk</a>", body);
        Assert.DoesNotContain("<iframe", body);
    }

    [Theory]
    [InlineData("![the talk](https://www.youtube.com/watch?v=dQw4w9WgXcQ)")]
    [InlineData("![clip](https://media.example.org/clip.mp4)")]
    [InlineData("![chart](https://cdn.example.org/chart.png)")]
    public void An_image_or_video_from_another_site_is_refused(string markdown)
    {
        using var site = Page(markdown);

        var result = site.Build();

        Expect.Problem(result, "input/en/before/index.md", "GUIDE022");
    }

    [Theory]
    [InlineData("repository", "javascript:alert(document.domain)//")]
    [InlineData("repository", "JaVaScRiPt:alert(1)")]
    [InlineData("repository", "data:text/html,<script>alert(1)</script>")]
    [InlineData("baseUrl", "javascript:alert(1)")]
    public void A_script_url_in_site_yml_is_refused(string key, string value)
    {
        using var site = new FixtureSite(FixtureSite.Small());
        var withoutKey = string.Join('\n', FixtureSite.SiteYml.Split('\n').Where(line => !line.TrimStart().StartsWith(key + ":", StringComparison.Ordinal)));
        site.Write("input/site.yml", withoutKey + $"\n{key}: \"{value}\"\n");

        Expect.Problem(site.Build(), "input/site.yml", "GUIDE022");
    }

    [Fact]
    public void The_print_edition_keeps_absolute_links_in_any_letter_case()
    {
        using var site = Page("[write to HR](Mailto:hr@example.org) [odd](HTTP://example.org/a/../../../../x)");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var print = Body(result, "en/print/index.html");
        Assert.Contains("href=\"Mailto:hr@example.org\"", print);
        Assert.Contains("href=\"HTTP://example.org/a/../../../../x\"", print);
    }

    private static FixtureSite Page(string markdown)
    {
        var files = FixtureSite.Small();
        // The heading stays: the home page links to it.
        files["input/en/before/index.md"] = "---\ntitle: Before\norder: 10\naudience: employee\n---\n\n## Before the review: prepare well\n\n" + markdown + "\n";
        files["input/assets/a.svg"] = InputFolderTests.Svg("<circle r=\"4\"/>");
        return new FixtureSite(files);
    }

    private static string Body(Guide.Building.BuildResult result, string path)
    {
        var html = System.Text.Encoding.UTF8.GetString(result.Files!.All().Single(f => f.Key == path).Value);
        var document = new HtmlParser().ParseDocument(html);
        return document.QuerySelector("main")?.InnerHtml ?? html;
    }
}
