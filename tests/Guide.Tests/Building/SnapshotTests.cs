
namespace Guide.Tests.Building;

public class SnapshotTests
{
    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public void A_rendered_page(string lang)
    {
        using var site = new FixtureSite(FixtureSite.Small());

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = System.Text.Encoding.UTF8.GetString(result.Files!.All().Single(f => f.Key == $"{lang}/before/index.html").Value);
        Snapshot.Match($"Page.{lang}", html);
    }
}
