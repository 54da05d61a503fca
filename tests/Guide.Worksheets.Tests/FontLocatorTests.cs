namespace Guide.Worksheets.Tests;

/// <summary>What a user sees when no font can be found, and that an explicit path wins.</summary>
public sealed class FontLocatorTests
{
    [Fact]
    public void Without_any_font_one_error_names_all_three_ways()
    {
        var empty = Directory.CreateTempSubdirectory("font-cache-").FullName;
        try
        {
            var diagnostics = new DiagnosticBag();
            var locator = new FontLocator { CacheFolder = empty, SearchPath = "" };

            Assert.Null(locator.Locate(null, "zh-CN", diagnostics));

            var error = Assert.Single(diagnostics.Sorted());
            Assert.Equal("GUIDE045", error.Code);
            Assert.Contains("--font", error.Message, StringComparison.Ordinal);
            Assert.Contains("npm pack @expo-google-fonts/noto-sans-sc@0.4.3", error.Message, StringComparison.Ordinal);
            Assert.Contains("fc-match", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Fact]
    public void A_missing_explicit_font_is_reported_against_where_it_was_set()
    {
        var diagnostics = new DiagnosticBag();

        var found = new FontLocator().Locate("/no/such/font.ttf", "zh-CN", diagnostics, "input/site.yml");

        Assert.Null(found);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal("GUIDE046", error.Code);
        Assert.StartsWith("input/site.yml:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_truetype_is_refused()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "OTTO this is not a TrueType font");
            var diagnostics = new DiagnosticBag();

            Assert.Null(new FontLocator().Locate(file, "zh-CN", diagnostics));
            Assert.Contains("not a TrueType", Assert.Single(diagnostics.Sorted()).Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void An_explicit_truetype_font_wins()
    {
        var cached = new FontLocator().Locate(null, "zh-CN", new DiagnosticBag());
        Assert.NotNull(cached);

        var explicitFont = new FontLocator { CacheFolder = "/nowhere", SearchPath = "" }.Locate(cached.Regular, "zh-CN", new DiagnosticBag(), "--font");

        Assert.Equal(cached.Regular, explicitFont!.Regular);
        Assert.Equal("--font", explicitFont.Source);
    }
}
