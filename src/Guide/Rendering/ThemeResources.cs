using System.Reflection;
using Guide.Theme.Model;
using YamlDotNet.RepresentationModel;

namespace Guide.Rendering;

/// <summary>
/// The theme's files (CSS, JS) and UI words, embedded in the theme assembly so the generator
/// finds them wherever it runs from.
/// </summary>
public static class ThemeResources
{
    private static readonly Assembly ThemeAssembly = typeof(PageView).Assembly;

    /// <summary>Every file below <c>theme/wwwroot/</c>, by its path there (<c>css/site.css</c>), in ordinal order.</summary>
    public static IReadOnlyList<(string Path, byte[] Content)> Files() =>
        [.. ThemeAssembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("wwwroot/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n["wwwroot/".Length..], Read(n)))];

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, UiText> TextCache = new();

    public static UiText Text(string lang) => TextCache.GetOrAdd(lang, LoadText);

    private static UiText LoadText(string lang)
    {
        var english = Strings("en");
        var own = Strings(lang) ?? Strings(lang.Split('-')[0]);
        return new UiText(lang, own ?? english ?? new Dictionary<string, string>(), english ?? new Dictionary<string, string>());
    }

    private static Dictionary<string, string>? Strings(string lang)
    {
        using var stream = ThemeAssembly.GetManifestResourceStream($"i18n/{lang}.yml");
        if (stream is null)
        {
            return null;
        }
        var yaml = new YamlStream();
        yaml.Load(new StreamReader(stream));
        var map = (YamlMappingNode)yaml.Documents[0].RootNode;
        return map.Children.ToDictionary(kv => ((YamlScalarNode)kv.Key).Value!, kv => ((YamlScalarNode)kv.Value).Value ?? "");
    }

    private static byte[] Read(string name)
    {
        using var stream = ThemeAssembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
