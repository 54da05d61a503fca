using System.Text;

namespace Guide.Tests.Hardening;

/// <summary>
/// Text is read as UTF-8 and nothing else. A page saved as GBK on a Chinese Windows machine used to turn
/// into U+FFFD question marks with exit code 0; now it is an error that names the byte and says how to save it.
/// </summary>
public class EncodingTests
{
    private static readonly Encoding Gbk = GetGbk();

    [Fact]
    public void A_page_saved_as_GBK_is_an_error_that_names_the_byte_and_the_fix()
    {
        using var site = new FixtureSite(FixtureSite.Small());
        File.WriteAllBytes(Path.Combine(site.Input, "zh-CN", "before", "index.md"), Gbk.GetBytes("---\ntitle: 面谈前\n---\n\n先复盘。\n"));

        var run = Processes.Guide(site.Root, "check");

        Expect.Problem(run, "input/zh-CN/before/index.md", "GUIDE017");
        Assert.Contains("input/zh-CN/before/index.md:2:8: error GUIDE017: ", run.Stdout);
        Assert.Contains("byte offset 11", run.Stdout);
        Assert.Contains("GB18030", run.Stdout);
        Assert.Contains("UTF-8", run.Stdout);
    }

    [Fact]
    public void A_site_yml_in_Latin_1_is_an_error()
    {
        using var site = new FixtureSite(FixtureSite.Small());
        File.WriteAllBytes(Path.Combine(site.Input, "site.yml"), Encoding.Latin1.GetBytes(FixtureSite.SiteYml.Replace("English", "Français")));

        var result = site.Build();

        var problem = Expect.Problem(result, "input/site.yml", "GUIDE017");
        Assert.Equal(4, problem.Line);
    }

    [Fact]
    public void A_worksheet_saved_as_GBK_is_an_error()
    {
        using var site = new FixtureSite(FixtureSite.Small());
        Directory.CreateDirectory(Path.Combine(site.Root, "worksheets"));
        var text = File.ReadAllText(Path.Combine(Repo.Worksheets, "w2-three-three.yml"));
        File.WriteAllBytes(Path.Combine(site.Root, "worksheets", "w2-three-three.yml"), Gbk.GetBytes(text));

        Expect.Problem(Processes.Guide(site.Root, "check", "--no-pdf"), "worksheets/w2-three-three.yml", "GUIDE017");
    }

    [Fact]
    public void A_page_saved_as_UTF_16_is_named_as_such()
    {
        using var site = new FixtureSite(FixtureSite.Small());
        File.WriteAllBytes(Path.Combine(site.Input, "en", "before", "index.md"), [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("---\ntitle: Before\n---\n")]);

        var problem = Expect.Problem(site.Build(), "input/en/before/index.md", "GUIDE017");

        Assert.Contains("UTF-16", problem.Message);
    }

    [Fact]
    public void UTF_8_with_a_byte_order_mark_is_fine()
    {
        using var site = new FixtureSite(FixtureSite.Small());
        var page = File.ReadAllBytes(Path.Combine(site.Input, "zh-CN", "before", "index.md"));
        File.WriteAllBytes(Path.Combine(site.Input, "zh-CN", "before", "index.md"), [0xEF, 0xBB, 0xBF, .. page]);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
    }

    private static Encoding GetGbk()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(936);
    }
}
