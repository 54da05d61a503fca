using Guide.Building;
using Guide.Checking;

namespace Guide.Tests.Hardening;

/// <summary>
/// Only regular files inside input/ (and worksheets/) are read, and only images, PDFs and fonts are
/// published: a link out of the folder, a FIFO or a stray web page never reaches the site.
/// </summary>
public class InputFolderTests
{
    [Fact]
    public void A_symbolic_link_out_of_input_is_refused_and_its_target_is_never_published()
    {
        using var site = new FixtureSite(FixtureSite.Small());
        Directory.CreateDirectory(Path.Combine(site.Input, "assets"));
        var secret = Path.Combine(site.Root, "secret.env");
        File.WriteAllText(secret, "TOKEN=do-not-publish\n");
        File.CreateSymbolicLink(Path.Combine(site.Input, "assets", "env.png"), secret);

        Expect.Problem(Processes.Guide(site.Root, "check"), "input/assets/env.png", "GUIDE019");
        Expect.Problem(Processes.Guide(site.Root, "build", "--no-pdf"), "input/assets/env.png", "GUIDE019");
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_link_to_a_folder_outside_is_refused_without_copying_it()
    {
        using var site = new FixtureSite(FixtureSite.Small());
        Directory.CreateDirectory(Path.Combine(site.Input, "assets"));
        var outside = Path.Combine(site.Root, "elsewhere");
        Directory.CreateDirectory(outside);
        File.WriteAllBytes(Path.Combine(outside, "photo.png"), [0x89, 0x50, 0x4E, 0x47]);
        Directory.CreateSymbolicLink(Path.Combine(site.Input, "assets", "shared"), outside);

        var result = site.Build();

        Expect.Problem(result, "input/assets/shared", "GUIDE019");
    }

    [Fact]
    public void A_loop_of_links_is_one_error_not_hundreds()
    {
        using var site = new FixtureSite(FixtureSite.Small());
        Directory.CreateDirectory(Path.Combine(site.Input, "assets"));
        Directory.CreateSymbolicLink(Path.Combine(site.Input, "assets", "again"), Path.Combine(site.Input, "assets"));

        var result = site.Build();

        Expect.Problem(result, "input/assets/again", "GUIDE018");
        Assert.Single(result.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void A_dangling_link_is_an_error_at_the_link()
    {
        using var site = new FixtureSite(FixtureSite.Small());
        Directory.CreateDirectory(Path.Combine(site.Input, "assets"));
        File.CreateSymbolicLink(Path.Combine(site.Input, "assets", "gone.png"), Path.Combine(site.Input, "assets", "never-there.png"));

        Expect.Problem(Processes.Guide(site.Root, "build", "--no-pdf"), "input/assets/gone.png", "GUIDE018");
    }

    [Fact]
    public void A_link_that_stays_inside_input_is_published_as_its_target()
    {
        using var site = new FixtureSite(FixtureSite.Small());
        Directory.CreateDirectory(Path.Combine(site.Input, "assets"));
        File.WriteAllText(Path.Combine(site.Input, "assets", "loop.svg"), Svg("<circle r=\"4\"/>"));
        File.CreateSymbolicLink(Path.Combine(site.Input, "assets", "loop-copy.svg"), "loop.svg");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.True(result.Files!.Contains("assets/loop-copy.svg"));
    }

    [Fact]
    public async Task A_FIFO_named_like_a_page_is_refused_instead_of_blocking_the_build()
    {
        using var site = new FixtureSite(FixtureSite.Small());
        Directory.CreateDirectory(Path.Combine(site.Input, "assets"));
        Fifo(Path.Combine(site.Input, "en", "before", "pipe.md"));

        var check = Task.Run(() => ContentCheck.Run(site.Options(), strict: false));

        var report = await check.WaitAsync(TimeSpan.FromSeconds(60));
        var problem = Assert.Single(report.Diagnostics, d => d.IsError);
        Assert.Equal("GUIDE018", problem.Code);
        Assert.EndsWith("input/en/before/pipe.md", problem.Path);
    }

    [Fact]
    public async Task A_FIFO_named_like_a_worksheet_is_refused_instead_of_blocking()
    {
        using var site = new FixtureSite(FixtureSite.Small());
        Directory.CreateDirectory(Path.Combine(site.Input, "assets"));
        Directory.CreateDirectory(Path.Combine(site.Root, "worksheets"));
        File.Copy(Path.Combine(Repo.Worksheets, "w2-three-three.yml"), Path.Combine(site.Root, "worksheets", "w2-three-three.yml"));
        Fifo(Path.Combine(site.Root, "worksheets", "w10-pipe.yml"));

        var check = Task.Run(() => ContentCheck.Run(site.Options(), strict: false));

        var report = await check.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Contains(report.Diagnostics, d => d.Code == "GUIDE018" && d.Path.EndsWith("worksheets/w10-pipe.yml", StringComparison.Ordinal));
    }

    [Fact]
    public void A_worksheet_linked_from_outside_its_folder_is_refused()
    {
        using var site = new FixtureSite(FixtureSite.Small());
        Directory.CreateDirectory(Path.Combine(site.Input, "assets"));
        Directory.CreateDirectory(Path.Combine(site.Root, "worksheets"));
        File.CreateSymbolicLink(Path.Combine(site.Root, "worksheets", "w2-three-three.yml"), Path.Combine(Repo.Worksheets, "w2-three-three.yml"));

        Expect.Problem(site.Build(), "worksheets/w2-three-three.yml", "GUIDE019");
    }

    [Fact]
    public void A_web_page_and_a_script_under_input_are_refused_not_published()
    {
        using var site = new FixtureSite(FixtureSite.Small());
        Directory.CreateDirectory(Path.Combine(site.Input, "assets"));
        site.Write("input/assets/evil.html", "<script src=\"evil.js\"></script>");
        site.Write("input/assets/evil.js", "alert(document.cookie)");
        site.Write("input/404.html", "<p>mine</p>");
        site.Write("input/robots.txt", "User-agent: *\n");

        var result = site.Build();

        Expect.Problem(result, "input/assets/evil.html", "GUIDE020");
        Expect.Problem(result, "input/assets/evil.js", "GUIDE020");
        Expect.Problem(result, "input/404.html", "GUIDE020");
        Expect.Problem(result, "input/robots.txt", "GUIDE020");
    }

    [Fact]
    public void A_file_where_the_guide_writes_its_own_pages_is_refused_by_check_as_by_build()
    {
        using var site = new FixtureSite(FixtureSite.Small());
        Directory.CreateDirectory(Path.Combine(site.Input, "assets"));
        site.Write("input/en/worksheets/w2-three-three.pdf", "%PDF-1.7\n");

        Expect.Problem(Processes.Guide(site.Root, "check"), "input/en/worksheets/w2-three-three.pdf", "GUIDE004");
        Expect.Problem(site.Build(), "input/en/worksheets/w2-three-three.pdf", "GUIDE004");
    }

    [Fact]
    public void Images_pdfs_and_fonts_are_published_where_they_are()
    {
        using var site = new FixtureSite(FixtureSite.Small());
        Directory.CreateDirectory(Path.Combine(site.Input, "assets"));
        site.Write("input/assets/a.svg", Svg("<defs><linearGradient id=\"g\"/></defs><rect fill=\"url(#g)\" width=\"4\" height=\"4\"/>"));
        site.Write("input/assets/b.pdf", "%PDF-1.7\n");
        site.Write("input/assets/c.woff2", "wOF2");
        site.Write("input/assets/.DS_Store", "junk");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.True(result.Files!.Contains("assets/a.svg"));
        Assert.True(result.Files.Contains("assets/b.pdf"));
        Assert.True(result.Files.Contains("assets/c.woff2"));
        Assert.False(result.Files.Contains("assets/.DS_Store"));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<circle r=\"4\" onload=\"alert(1)\"/>")]
    [InlineData("<a href=\"javascript:alert(1)\"><circle r=\"4\"/></a>")]
    [InlineData("<image href=\"https://tracker.example/p.png\"/>")]
    [InlineData("<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject>")]
    [InlineData("<style>@import url(https://fonts.example/x.css);</style>")]
    public void An_svg_that_runs_code_or_loads_from_outside_is_refused(string inside)
    {
        using var site = new FixtureSite(FixtureSite.Small());
        Directory.CreateDirectory(Path.Combine(site.Input, "assets"));
        site.Write("input/assets/diagram.svg", Svg(inside));

        Expect.Problem(site.Build(), "input/assets/diagram.svg", "GUIDE026");
    }

    [Fact]
    public void A_yaml_file_among_the_worksheets_is_reported_not_ignored()
    {
        using var site = new FixtureSite(FixtureSite.Small());
        Directory.CreateDirectory(Path.Combine(site.Input, "assets"));
        Directory.CreateDirectory(Path.Combine(site.Root, "worksheets"));
        File.Copy(Path.Combine(Repo.Worksheets, "w2-three-three.yml"), Path.Combine(site.Root, "worksheets", "w2-three-three.yml"));
        File.Copy(Path.Combine(Repo.Worksheets, "w3-conversation-checklist.yml"), Path.Combine(site.Root, "worksheets", "w3-conversation-checklist.yaml"));

        Expect.Problem(site.Build(), "worksheets/w3-conversation-checklist.yaml", "GUIDE038");
    }

    internal static string Svg(string inside) =>
        $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">{inside}</svg>\n";

    internal static void Fifo(string path)
    {
        Assert.Equal(0, Processes.Run("mkfifo", [path]).ExitCode);
    }
}
