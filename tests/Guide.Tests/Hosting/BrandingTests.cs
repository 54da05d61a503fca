using AngleSharp.Html.Parser;
using Guide.Hosting;
using Guide.Output;

namespace Guide.Tests.Hosting;

/// <summary>An organisation sets its name, logo, colour and footer in site.yml, and the guide shows them; a colour people cannot read is refused.</summary>
public sealed class BrandingTests
{
    [Fact]
    public void Name_logo_colour_and_footer_from_site_yml_reach_every_page()
    {
        using var site = BrandedSite.Create();

        var result = site.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        AtomicWriter.Write(site.Output, result.Files!);

        foreach (var (page, footer) in new[] { ("zh-CN/before/index.html", "有问题请联系 HR 热线 8001。"), ("en/before/index.html", "Questions? Call the HR line on 8001.") })
        {
            var html = new HtmlParser().ParseDocument(site.ReadOutput(page));
            var logo = html.QuerySelector("header .brand img.brand-logo")?.GetAttribute("src");
            Assert.Equal("../../assets/logo.svg", logo);
            Assert.Equal(BrandedSite.Logo, File.ReadAllText(Path.Combine(site.Output, "assets", "logo.svg")));
            Assert.Contains(footer, html.QuerySelector("footer.site-footer")!.TextContent);
            var brandCss = html.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).Single(h => h.Contains("/brand.", StringComparison.Ordinal));
            Assert.Contains(BrandedSite.Colour, File.ReadAllText(Path.GetFullPath(Path.Combine(site.Output, Path.GetDirectoryName(page)!, brandCss))));
        }
        Assert.Contains("Example Co. People Team", site.ReadOutput("en/index.html"));
        Assert.Contains("示例公司人力资源部", site.ReadOutput("zh-CN/index.html"));
    }

    [Theory]
    [InlineData("#7fb8e0")] // the theme's dark-mode shade: fine on dark, unreadable on the light page
    [InlineData("#777777")] // 4.48:1 on white, lower still on the page background
    [InlineData("#ffcc00")]
    public void A_colour_that_fails_WCAG_AA_is_refused_with_GUIDE013_at_its_line(string colour)
    {
        using var site = BrandedSite.Create(BrandedSite.SiteYml(colour));

        var run = Processes.Guide(site.Root, "build", "--no-pdf");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches($@"input/site\.yml:\d+:\d+: error GUIDE013: primaryColor {colour} has a contrast of \d\.\d\d:1 .*WCAG AA needs at least 4\.5:1", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
        Assert.False(Directory.Exists(site.Output));
    }

    [Theory]
    [InlineData("#abc")]
    [InlineData("navy")]
    [InlineData("#1f5f8bff")]
    public void A_colour_not_written_as_rrggbb_is_refused_with_GUIDE007(string colour)
    {
        using var site = BrandedSite.Create(BrandedSite.SiteYml(colour));

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("GUIDE007", error.Code);
        Assert.Contains("#rrggbb", error.Message);
    }

    [Fact]
    public void An_unquoted_colour_is_a_yaml_comment_and_the_error_says_to_quote_it()
    {
        using var site = BrandedSite.Create(BrandedSite.SiteYml().Replace("primaryColor: \"#8b1f3a\"", "primaryColor: #8b1f3a", StringComparison.Ordinal));

        var result = site.Build();

        Assert.Contains(result.Diagnostics, d => d.Code == "GUIDE007" && d.Message.Contains("in quotes", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_logo_is_refused_with_GUIDE009_at_its_line()
    {
        using var site = BrandedSite.Create(BrandedSite.SiteYml(logo: "assets/lgoo.svg"));

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("GUIDE009", error.Code);
        Assert.Contains("logo 'assets/lgoo.svg' does not exist", error.Message);
        Assert.True(error.Line > 1);
    }

    [Theory]
    [InlineData("../logo.svg")]
    [InlineData("./assets/logo.svg")]
    public void A_logo_outside_the_input_folder_is_refused(string logo)
    {
        using var site = BrandedSite.Create(BrandedSite.SiteYml(logo: logo));

        var result = site.Build();

        Assert.Contains(result.Diagnostics, d => d.Code == "GUIDE007" && d.Message.Contains("below the input folder", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("#000000", "#ffffff", 21.0)]
    [InlineData("#767676", "#ffffff", 4.54)]
    [InlineData("#1f5f8b", BrandingRules.PageBackground, 6.56)]
    public void Contrast_follows_the_WCAG_formula(string a, string b, double expected)
    {
        Assert.Equal(expected, ColourContrast.Ratio(a, b), 2);
    }

    [Fact]
    public void The_background_checked_against_is_the_one_the_theme_paints()
    {
        var css = File.ReadAllText(Path.Combine(Repo.Root, "theme", "wwwroot", "css", "site.css"));

        Assert.Contains($"--bg: {BrandingRules.PageBackground};", css);
        Assert.Contains($"--surface: {BrandingRules.TextOnBrand};", css);
        Assert.Null(BrandingRules.ColourProblem("#1f5f8b"));
    }
}
