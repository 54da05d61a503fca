using System.Text.RegularExpressions;

namespace Guide.Tests.Editing;

/// <summary>
/// The pull-request workflow mirrors .ci/run: a package, font or setting added to one and not the
/// other would make CI pass where the documented machine fails, or the other way round.
/// </summary>
public partial class WorkflowTests
{
    private static readonly string Workflow = File.ReadAllText(Path.Combine(Repo.Root, ".github", "workflows", "guide.yml"));
    private static readonly string CiRun = File.ReadAllText(Path.Combine(Repo.Root, ".ci", "run"));

    [Fact]
    public void The_workflow_installs_every_package_of_ci_run()
    {
        var packages = AptInstall().Match(CiRun).Groups["packages"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        Assert.NotEmpty(packages);
        Assert.All(packages, p => Assert.Matches($@"apt-get install[^\n]*(\\\n[^\n]*)*\b{Regex.Escape(p)}\b", Workflow));
    }

    [Fact]
    public void The_workflow_fetches_the_same_font_and_runs_the_same_tests_with_browsers_required()
    {
        var font = NpmPack().Match(CiRun).Value;

        Assert.NotEmpty(font);
        Assert.Contains(font, Workflow);
        Assert.Contains("dotnet test Guide.sln", Workflow);
        Assert.Contains("GUIDE_REQUIRE_BROWSER: 1", Workflow);
        Assert.Contains("container: debian:12", Workflow);
    }

    [Fact]
    public void The_workflow_checks_builds_tests_and_keeps_the_site_on_pull_requests()
    {
        var check = Workflow.IndexOf("-- check", StringComparison.Ordinal);
        var build = Workflow.IndexOf("-- build", StringComparison.Ordinal);
        var test = Workflow.IndexOf("dotnet test", StringComparison.Ordinal);

        Assert.Contains("pull_request:", Workflow);
        Assert.True(check > 0 && check < build && build < test, "check, then build, then test");
        Assert.Contains("actions/upload-artifact", Workflow);
        Assert.Contains("path: output/", Workflow);
    }

    [GeneratedRegex(@"apt-get install -y -o DPkg::Lock::Timeout=600 (?<packages>[a-z0-9 .+-]+)")]
    private static partial Regex AptInstall();

    [GeneratedRegex(@"npm pack --silent \S+")]
    private static partial Regex NpmPack();
}
