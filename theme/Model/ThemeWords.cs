using System.Reflection;
using YamlDotNet.RepresentationModel;

namespace Guide.Theme.Model;

/// <summary>
/// Every UI word of the theme for the languages of one site, configured once and then only read. A
/// language's words are <c>theme/i18n/&lt;lang&gt;.yml</c>, else its base language's (<c>ja.yml</c> for
/// <c>ja-JP</c>); a key missing there is looked up in the file its <c>_fallback</c> names, then in the
/// words of the site's default language, so every language shows words, never a blank.
/// </summary>
public sealed class ThemeWords
{
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyDictionary<string, object>>> Files = new(ReadFiles);

    private readonly Dictionary<string, UiText> _texts;

    private ThemeWords(IReadOnlyList<string> languages)
    {
        Languages = languages;
        _texts = languages.ToDictionary(l => l, l => new UiText(l, Chain(l, languages)), StringComparer.Ordinal);
    }

    /// <summary>The site's languages, its default first.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>The words of <paramref name="languages"/> (a site's, its default first).</summary>
    public static ThemeWords For(IReadOnlyList<string> languages) => new(languages);

    /// <summary>The words of one language of the site.</summary>
    public UiText this[string lang] => _texts.TryGetValue(lang, out var text) ? text : new UiText(lang, Chain(lang, Languages));

    /// <summary>The languages the theme has words for, by their file names.</summary>
    public static IReadOnlyCollection<string> Available => [.. Files.Value.Keys];

    private static List<IReadOnlyDictionary<string, object>> Chain(string lang, IReadOnlyList<string> languages)
    {
        var chain = new List<IReadOnlyDictionary<string, object>>();
        void Follow(string? name)
        {
            while (name is not null && Own(name) is { } words && !chain.Contains(words))
            {
                chain.Add(words);
                name = words.GetValueOrDefault("_fallback") as string;
            }
        }
        Follow(lang);
        Follow(languages.Count > 0 ? languages[0] : null);
        return chain;
    }

    private static IReadOnlyDictionary<string, object>? Own(string lang) =>
        Files.Value.GetValueOrDefault(lang) ?? Files.Value.GetValueOrDefault(lang.Split('-')[0]);

    private static IReadOnlyDictionary<string, IReadOnlyDictionary<string, object>> ReadFiles()
    {
        var assembly = typeof(ThemeWords).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("i18n/", StringComparison.Ordinal) && n.EndsWith(".yml", StringComparison.Ordinal))
            .ToDictionary(n => n["i18n/".Length..^".yml".Length], n => Read(assembly, n), StringComparer.Ordinal);
    }

    private static IReadOnlyDictionary<string, object> Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        var yaml = new YamlStream();
        yaml.Load(new StreamReader(stream));
        var map = (YamlMappingNode)yaml.Documents[0].RootNode;
        return map.Children.ToDictionary(
            kv => ((YamlScalarNode)kv.Key).Value!,
            kv => kv.Value is YamlSequenceNode list
                ? (object)list.Children.Select(c => ((YamlScalarNode)c).Value ?? "").ToList()
                : ((YamlScalarNode)kv.Value).Value ?? "",
            StringComparer.Ordinal);
    }
}
