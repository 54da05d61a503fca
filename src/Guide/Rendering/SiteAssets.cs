using System.Globalization;
using System.Text;

namespace Guide.Rendering;

/// <summary>
/// The published paths of the theme's CSS and JS, the brand stylesheet made from site.yml, the logo
/// and the search indexes, for the layout to link to.
/// </summary>
public sealed class SiteAssets
{
    private readonly Dictionary<string, string> _searchIndexes = [];

    /// <summary>Theme files that only <c>guide serve</c> uses (it adds them to the pages it serves); never published.</summary>
    public static readonly IReadOnlyList<string> ServeOnly = ["js/live-reload.js", "css/live-reload.css"];

    /// <param name="themeFiles">The theme's wwwroot files; by default the copies built into the program.</param>
    public SiteAssets(AssetManifest manifest, string? primaryColor, string? logo, IEnumerable<(string Path, byte[] Content)>? themeFiles = null)
    {
        Manifest = manifest;
        foreach (var (path, content) in (themeFiles ?? ThemeResources.Files()).Where(f => !ServeOnly.Contains(f.Path)))
        {
            manifest.Add(path, content);
        }
        var styles = new List<string> { manifest.PathOf("css/site.css")! };
        styles.AddRange(new[] { "css/search.css", "css/worksheet.css", "css/rehearsal.css" }.Select(manifest.PathOf).OfType<string>());
        if (primaryColor is not null)
        {
            // A generated file rather than an inline style: the pages' CSP allows no inline styles.
            // Light scheme only (system or chosen): the colour is checked against the light background,
            // and dark mode keeps the theme's lighter shade.
            var css = string.Create(CultureInfo.InvariantCulture,
                $"@media (prefers-color-scheme: light) {{ :root:not([data-theme=\"dark\"]) {{ --brand: {primaryColor}; }} }}\n:root[data-theme=\"light\"] {{ --brand: {primaryColor}; }}\n");
            styles.Add(manifest.Add("css/brand.css", Encoding.UTF8.GetBytes(css)));
        }
        Styles = styles;
        HeadScripts = [manifest.PathOf("js/theme-init.js")!];
        Scripts = [.. new[] { "js/site.js", "js/search.js", "js/worksheet-form.js", "js/rehearsal.js" }.Select(manifest.PathOf).OfType<string>()];
        Logo = logo;
    }

    public AssetManifest Manifest { get; }

    /// <summary>The files of a theme's wwwroot folder on disk, named as <see cref="ThemeResources.Files"/> names them (editors' backup files left out).</summary>
    public static IReadOnlyList<(string Path, byte[] Content)> FilesIn(string wwwroot) =>
        [.. Directory.EnumerateFiles(wwwroot, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(wwwroot, f).Replace('\\', '/'))
            .Where(p => !p.Split('/').Any(part => part.StartsWith('.') || part.EndsWith('~')))
            .Order(StringComparer.Ordinal)
            .Select(p => (p, File.ReadAllBytes(Path.Combine(wwwroot, p))))];

    public IReadOnlyList<string> Styles { get; }

    public IReadOnlyList<string> HeadScripts { get; }

    public IReadOnlyList<string> Scripts { get; }

    /// <summary>The logo's path below the site root, when site.yml names one.</summary>
    public string? Logo { get; }

    public void AddSearchIndex(string lang, string path) => _searchIndexes[lang] = path;

    public string? SearchIndex(string lang) => _searchIndexes.GetValueOrDefault(lang);
}
