
namespace Guide.Tests.Editing;

/// <summary><c>guide check</c> as an editor and CI run it: the printed lines, the annotations and the exit code.</summary>
public class CheckCommandTests
{
    [Fact]
    public void A_clean_guide_passes_with_exit_code_0()
    {
        using var site = new FixtureSite(FixtureSite.Small());

        var run = Processes.Guide(site.Root, "check");

        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.StartsWith("check passed: 0 errors, 0 warnings in 4 pages", run.Stdout);
    }

    [Fact]
    public void Problems_print_as_path_line_col_and_errors_exit_1()
    {
        using var site = BrokenSite();

        var run = Processes.Guide(site.Root, "check");

        Assert.Equal(1, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("input/en/before/index.md:4:1: warning GUIDE050: unknown key 'tgas'; did you mean 'tags'?", lines[0]);
        Assert.Equal("input/en/before/index.md:9:1: error GUIDE005: the page 'plan.md' does not exist (looked for input/en/before/plan.md)", lines[1]);
        Assert.StartsWith("check failed: 1 error, 1 warning in 4 pages", lines[2]);
        Assert.DoesNotContain("::", run.Stdout);
        Assert.DoesNotContain("   at ", run.Stdout + run.Stderr);
    }

    [Fact]
    public void Under_GitHub_Actions_each_problem_is_also_an_annotation()
    {
        using var site = BrokenSite();

        var run = Processes.Guide(site.Root, new Dictionary<string, string?> { ["GITHUB_ACTIONS"] = "true" }, "check");

        Assert.Equal(1, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("::warning file=input/en/before/index.md,line=4,col=1,title=GUIDE050::unknown key 'tgas'; did you mean 'tags'?", lines[1]);
        Assert.Equal("::error file=input/en/before/index.md,line=9,col=1,title=GUIDE005::the page 'plan.md' does not exist (looked for input/en/before/plan.md)", lines[3]);
    }

    [Fact]
    public void Strict_turns_a_missing_translation_into_a_failure()
    {
        using var site = new FixtureSite(FixtureSite.Small());
        site.Write("input/zh-CN/extra.md", "---\ntitle: 补充\n---\n\n正文。\n");

        var relaxed = Processes.Guide(site.Root, "check");
        var strict = Processes.Guide(site.Root, "check", "--strict");

        Assert.Equal(0, relaxed.ExitCode);
        Assert.StartsWith("input/zh-CN/extra.md:1:1: warning GUIDE051: this page has no English translation; until then the English site shows this page with a notice; create input/en/extra.md ", relaxed.Stdout);
        Assert.Equal(1, strict.ExitCode);
        Assert.StartsWith("input/zh-CN/extra.md:1:1: error GUIDE051: ", strict.Stdout);
    }

    private static FixtureSite BrokenSite()
    {
        var site = new FixtureSite(FixtureSite.Small());
        site.Write("input/en/before/index.md", "---\ntitle: Before\norder: 10\ntgas: [x]\n---\n\n## Before the review: prepare well\n\n[The plan](plan.md) comes next.\n");
        site.Write("input/zh-CN/before/index.md", "---\ntitle: 面谈前\norder: 10\n---\n\n## 面谈前：充分准备\n");
        return site;
    }
}
