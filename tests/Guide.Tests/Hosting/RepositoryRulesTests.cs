using Guide.Hosting;

namespace Guide.Tests.Hosting;

/// <summary>Only a real repository gets "edit this page" links; a template's example is refused.</summary>
public class RepositoryRulesTests
{
    [Theory]
    [InlineData("https://github.com/example/review-conversation-guide")]
    [InlineData("https://gitlab.example.com/hr/guide")]
    [InlineData("https://git.intranet.test/hr/guide")]
    [InlineData("https://github.com/your-team/review-guide")]
    [InlineData("https://github.com/<organisation>/review-guide")]
    [InlineData("https://github.com/OWNER/guide")]
    public void A_placeholder_is_refused_with_GUIDE015(string repository)
    {
        var problem = RepositoryRules.Problem(repository);

        Assert.NotNull(problem);
        Assert.Equal("GUIDE015", problem.Value.Code);
        Assert.Contains("placeholder", problem.Value.Message);
    }

    [Theory]
    [InlineData("https://github.com/people-team/review-guide")]
    [InlineData("https://gitlab.corp.cn/hr/review-guide")]
    [InlineData("http://git.intranet/hr/guide")]
    public void A_real_repository_is_accepted(string repository) =>
        Assert.Null(RepositoryRules.Problem(repository));

    [Fact]
    public void Something_that_is_not_a_web_address_is_a_site_yml_error() =>
        Assert.Equal("GUIDE007", RepositoryRules.Problem("review-guide")?.Code);
}
