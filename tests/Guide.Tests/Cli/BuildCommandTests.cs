
namespace Guide.Tests.Cli;

public class BuildCommandTests
{
    [Fact]
    public void Build_exits_0_and_prints_a_summary()
    {
        using var site = new FixtureSite(FixtureSite.Small());

        var run = Processes.Guide(site.Root, "build", "--no-pdf");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("built zh-CN 2, en 2 pages", run.Stdout);
        Assert.True(File.Exists(Path.Combine(site.Output, "zh-CN", "before", "index.html")));
    }

    [Fact]
    public void Malformed_front_matter_exits_1_with_file_and_line_and_leaves_the_old_output()
    {
        using var site = new FixtureSite(FixtureSite.Small());
        Assert.Equal(0, Processes.Guide(site.Root, "build", "--no-pdf").ExitCode);
        var before = OutputTree.Hashes(site.Output);
        site.Write("input/zh-CN/before/index.md", "---\ntitle: 面谈前\ntags: [a, b\n---\n正文\n");

        var run = Processes.Guide(site.Root, "build", "--no-pdf");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"input/zh-CN/before/index\.md:\d+:\d+: error GUIDE001: ", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
        Assert.Equal(before, OutputTree.Hashes(site.Output));
        Assert.False(Directory.Exists(Path.Combine(site.Root, ".output.building")));
    }

    [Fact]
    public void A_missing_input_folder_is_a_clear_error()
    {
        using var site = new FixtureSite(FixtureSite.Small());

        var run = Processes.Guide(site.Root, "build", "--input", "nope", "--no-pdf");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("the input folder does not exist", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
    }
}
