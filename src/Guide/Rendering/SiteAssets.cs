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
    /// <param name="titles">The site's title per language, for the running header of printed pages.</param>
    public SiteAssets(AssetManifest manifest, string? primaryColor, string? logo, IReadOnlyList<(string Lang, string Title)> titles,
        IEnumerable<(string Path, byte[] Content)>? themeFiles = null)
    {
        Manifest = manifest;
        foreach (var (path, content) in (themeFiles ?? ThemeResources.Files()).Where(f => !ServeOnly.Contains(f.Path)))
        {
            manifest.Add(path, content);
        }
        var styles = new List<string> { manifest.PathOf("css/site.css")! };
        styles.AddRange(new[] { "css/search.css", "css/worksheet.css", "css/rehearsal.css", "css/preparation.css" }.Select(manifest.PathOf).OfType<string>());
        if (primaryColor is not null)
        {
            // A generated file rather than an inline style: the pages' CSP allows no inline styles.
            // Light scheme only (system or chosen): the colour is checked against the light background,
            // and dark mode keeps the theme's lighter shade.
            var css = string.Create(CultureInfo.InvariantCulture,
                $"@media (prefers-color-scheme: light) {{ :root:not([data-theme=\"dark\"]) {{ --brand: {primaryColor}; }} }}\n:root[data-theme=\"light\"] {{ --brand: {primaryColor}; }}\n");
            styles.Add(manifest.Add("css/brand.css", Encoding.UTF8.GetBytes(css)));
        }
        styles.Add(manifest.Add("css/print-header.css", Encoding.UTF8.GetBytes(PrintHeader(titles))));
        Styles = styles;
        HeadScripts = [manifest.PathOf("js/theme-init.js")!];
        Scripts = [.. new[] { "js/site.js", "js/search.js", "js/worksheet-form.js", "js/rehearsal.js", "js/answers.js", "js/phrases.js", "js/my-card.js", "js/pdf-fill.js" }.Select(manifest.PathOf).OfType<string>()];
        Logo = logo;
        Icon = logo ?? manifest.PathOf("favicon.svg");
    }

    /// <summary>The site's icon below the root: the logo when site.yml names one, else the theme's.</summary>
    public string? Icon { get; }

    public AssetManifest Manifest { get; }

    /// <summary>
    /// The guide's title at the top of every printed sheet but the first, in the page's language: a named
    /// page per language, since a page-margin box can only show text its stylesheet holds. Generated
    /// because the titles come from site.yml, and a file because the CSP allows no inline style.
    /// </summary>
    private static string PrintHeader(IReadOnlyList<(string Lang, string Title)> titles)
    {
        var css = new StringBuilder();
        foreach (var (lang, title) in titles)
        {
            var name = "guide-" + new string([.. lang.Where(char.IsAsciiLetterOrDigit)]);
            var quoted = "\"" + title.Replace("\\", "\\\\").Replace("\"", "\\\"").ReplaceLineEndings(" ") + "\"";
            css.Append("@page ").Append(name).Append(" { @top-center { content: ").Append(quoted).Append("; font-size: 9pt; color: #555; } }\n");
            css.Append("@page ").Append(name).Append(":first { @top-center { content: none; } }\n");
            css.Append("@media print { :root:lang(").Append(lang).Append(") body { page: ").Append(name).Append("; } }\n");
        }
        return css.ToString();
    }

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

    /// <summary>The theme's own script alone, for the root page, which has no search box or form.</summary>
    public string? SiteScript => Manifest.PathOf("js/site.js");

    /// <summary>The logo's path below the site root, when site.yml names one.</summary>
    public string? Logo { get; }

    public void AddSearchIndex(string lang, string path) => _searchIndexes[lang] = path;

    public string? SearchIndex(string lang) => _searchIndexes.GetValueOrDefault(lang);
}
