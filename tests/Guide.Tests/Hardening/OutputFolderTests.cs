
namespace Guide.Tests.Hardening;

/// <summary>
/// --output replaces only a folder that a build made. Pointed at anything else that holds files, the
/// build refuses before it writes, and the folder is left exactly as it was.
/// </summary>
public class OutputFolderTests
{
    [Fact]
    public void Output_pointed_at_a_folder_of_the_editors_own_leaves_it_untouched_across_builds()
    {
        using var site = new FixtureSite(FixtureSite.Small());
        site.Write("docs/plan.txt", "my notes\n");
        site.Write("docs/sub/more.txt", "more notes\n");
        var before = OutputTree.Hashes(Path.Combine(site.Root, "docs"));

        var first = Processes.Guide(site.Root, "build", "--no-pdf", "-o", "docs");
        var second = Processes.Guide(site.Root, "build", "--no-pdf", "-o", "docs");

        Expect.Problem(first, "docs", "GUIDE024");
        Expect.Problem(second, "docs", "GUIDE024");
        Assert.Equal(before, OutputTree.Hashes(Path.Combine(site.Root, "docs")));
        Assert.False(Directory.Exists(Path.Combine(site.Root, ".docs.previous")));
    }

    [Theory]
    [InlineData("input")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("input/en")]
    [InlineData("worksheets")]
    public void Output_pointed_at_a_source_or_a_parent_is_refused(string output)
    {
        using var site = new FixtureSite(FixtureSite.Small());
        site.Write("worksheets/README.txt", "definitions go here\n");
        var before = OutputTree.Hashes(site.Root);

        var run = Processes.Guide(site.Root, "build", "--no-pdf", "-o", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error GUIDE024: ", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
        Assert.Equal(before, OutputTree.Hashes(site.Root));
    }

    [Fact]
    public void A_built_output_is_marked_and_replaced_by_the_next_build()
    {
        using var site = new FixtureSite(FixtureSite.Small());

        Assert.Equal(0, Processes.Guide(site.Root, "build", "--no-pdf").ExitCode);
        Assert.True(File.Exists(Path.Combine(site.Output, ".guide-output")));
        site.Write("input/en/index.md", "---\ntitle: Home\n---\n\nWelcome back.\n");
        var again = Processes.Guide(site.Root, "build", "--no-pdf");

        Assert.True(again.ExitCode == 0, again.Stderr);
        Assert.Contains("Welcome back.", site.ReadOutput("en/index.html"));
    }

    [Fact]
    public void An_empty_folder_may_be_the_output()
    {
        using var site = new FixtureSite(FixtureSite.Small());
        Directory.CreateDirectory(Path.Combine(site.Root, "public"));

        var run = Processes.Guide(site.Root, "build", "--no-pdf", "-o", "public");
        var again = Processes.Guide(site.Root, "build", "--no-pdf", "-o", "public");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.True(again.ExitCode == 0, again.Stderr);
        Assert.True(File.Exists(Path.Combine(site.Root, "public", "en", "index.html")));
    }

    [Fact]
    public void An_output_that_is_a_symbolic_link_is_followed_and_stays_a_link()
    {
        using var site = new FixtureSite(FixtureSite.Small());
        var real = Path.Combine(site.Root, "releases", "current");
        Directory.CreateDirectory(real);
        var link = Path.Combine(site.Root, "output");
        Directory.CreateSymbolicLink(link, real);

        var first = Processes.Guide(site.Root, "build", "--no-pdf");
        var second = Processes.Guide(site.Root, "build", "--no-pdf");

        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.Equal(real, new DirectoryInfo(link).LinkTarget);
        Assert.True(File.Exists(Path.Combine(real, "en", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(site.Root, ".output.previous")));
    }

    [Fact]
    public void An_output_that_cannot_be_written_is_GUIDE012_with_the_path_and_no_trace()
    {
        using var site = new FixtureSite(FixtureSite.Small());
        site.Write("blocked", "a file where the output's folder would go\n");

        var run = Processes.Guide(site.Root, "build", "--no-pdf", "-o", "blocked/site");

        Expect.Problem(run, "blocked/site", "GUIDE012");
        Assert.Equal("a file where the output's folder would go\n", File.ReadAllText(Path.Combine(site.Root, "blocked")));
    }

    [Fact]
    public void A_zip_written_into_the_input_folder_is_refused()
    {
        using var site = new FixtureSite(FixtureSite.Small());
        var before = File.ReadAllText(Path.Combine(site.Input, "site.yml"));

        var run = Processes.Guide(site.Root, "build", "--no-pdf", "--zip", "input/site.yml");

        Expect.Problem(run, "input/site.yml", "GUIDE024");
        Assert.Equal(before, File.ReadAllText(Path.Combine(site.Input, "site.yml")));
    }
}
