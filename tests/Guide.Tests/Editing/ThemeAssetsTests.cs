using Guide.Building;

namespace Guide.Tests.Editing;

/// <summary>The dev server's own script and styles stay out of built sites; the theme can come from its source folder.</summary>
public class ThemeAssetsTests
{
    [Fact]
    public void A_build_carries_no_live_reload_files_or_references()
    {
        using var site = new FixtureSite(FixtureSite.Small());

        var files = site.Build().Files!.All();

        Assert.DoesNotContain(files, f => f.Key.Contains("live-reload", StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => System.Text.Encoding.UTF8.GetString(f.Value).Contains("__guide", StringComparison.Ordinal));
    }

    [Fact]
    public void The_theme_source_folder_gives_the_same_site_as_the_built_in_theme()
    {
        using var site = new FixtureSite(FixtureSite.Small());

        var builtIn = site.Build().Files!.All();
        var fromSource = site.Build(site.Options() with { ThemeAssetsDir = Path.Combine(Repo.Root, "theme", "wwwroot") }).Files!.All();

        Assert.Equal(builtIn.Select(f => f.Key), fromSource.Select(f => f.Key));
        Assert.All(builtIn.Zip(fromSource), pair => Assert.True(pair.First.Value.AsSpan().SequenceEqual(pair.Second.Value), pair.First.Key));
    }
}
