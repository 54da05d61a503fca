using System.Text;
using System.Text.RegularExpressions;
using Guide.Building;
using Guide.Rendering;

namespace Guide.Tests.Hosting;

/// <summary>
/// A browser may keep CSS and JS for a year, because a new release gives changed files new names. That
/// holds only if a name follows its content, every page follows the name, and nothing else moves.
/// </summary>
public sealed partial class HashedNameTests : IDisposable
{
    private readonly string _input = Path.Combine(Path.GetTempPath(), "guide-hash-" + Guid.NewGuid().ToString("N")[..12], "input");

    [Fact]
    public void Changing_only_a_stylesheet_renames_it_updates_every_page_and_touches_nothing_else()
    {
        // The brand colour is the one stylesheet an organisation changes without rebuilding the theme.
        var before = BuildRealGuide(primaryColor: "#1f5f8b");
        var after = BuildRealGuide(primaryColor: "#8b1f3a");

        var oldCss = Assert.Single(before.Keys, p => BrandCss().IsMatch(p));
        var newCss = Assert.Single(after.Keys, p => BrandCss().IsMatch(p));
        Assert.NotEqual(oldCss, newCss);
        Assert.Equal([oldCss], before.Keys.Except(after.Keys));
        Assert.Equal([newCss], after.Keys.Except(before.Keys));

        var changed = before.Keys.Intersect(after.Keys).Where(p => !before[p].AsSpan().SequenceEqual(after[p])).ToList();
        var pages = after.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.Equal(pages, changed);
        var oldName = Path.GetFileName(oldCss);
        var newName = Path.GetFileName(newCss);
        foreach (var page in pages)
        {
            var html = Encoding.UTF8.GetString(after[page]);
            Assert.Contains(newName, html);
            // The name is the only difference: put the old one back and the page is byte for byte the old page.
            Assert.Equal(Encoding.UTF8.GetString(before[page]), html.Replace(newName, oldName, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Every_hashed_name_in_the_real_guide_is_the_hash_of_its_content()
    {
        var files = BuildRealGuide(primaryColor: null);

        var hashed = files.Where(f => HashedName().IsMatch(f.Key)).ToList();

        Assert.Contains(hashed, f => f.Key.StartsWith("assets/css/site.", StringComparison.Ordinal));
        Assert.Contains(hashed, f => f.Key.StartsWith("assets/js/site.", StringComparison.Ordinal));
        Assert.Contains(hashed, f => f.Key.StartsWith("assets/search/index.en.", StringComparison.Ordinal));
        Assert.All(hashed, f => Assert.Equal(HashedName().Match(f.Key).Groups["hash"].Value, AssetManifest.Hash(f.Value)));
        Assert.DoesNotContain(files.Keys, p => (p.EndsWith(".css", StringComparison.Ordinal) || p.EndsWith(".js", StringComparison.Ordinal)) && !HashedName().IsMatch(p));
    }

    private Dictionary<string, byte[]> BuildRealGuide(string? primaryColor)
    {
        if (Directory.Exists(_input))
        {
            Directory.Delete(_input, recursive: true);
        }
        foreach (var file in Directory.EnumerateFiles(Repo.Input, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_input, Path.GetRelativePath(Repo.Input, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        if (primaryColor is not null)
        {
            File.AppendAllText(Path.Combine(_input, "site.yml"), $"\nprimaryColor: \"{primaryColor}\"\n");
        }
        var options = new BuildOptions(_input, Path.Combine(_input, "..", "output")) { WorksheetsDir = Repo.Worksheets, RehearsalsDir = Repo.Rehearsals, Worksheets = false };
        var result = new SiteBuilder(options, NoProgress.Instance).Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return result.Files!.All().ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^assets/css/brand\.[0-9a-f]{10}\.css$")]
    private static partial Regex BrandCss();

    [GeneratedRegex(@"\.(?<hash>[0-9a-f]{10})\.(css|js)$")]
    private static partial Regex HashedName();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path.GetDirectoryName(_input)!, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
