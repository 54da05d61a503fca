namespace Guide.Theme.Model;

/// <summary>
/// The theme's own words (menu, previous, edit this page…) in one language, read from
/// <c>theme/i18n/&lt;lang&gt;.yml</c>. A key missing in one language falls back to English, then to the key itself.
/// </summary>
public sealed class UiText(string lang, IReadOnlyDictionary<string, string> text, IReadOnlyDictionary<string, string> fallback)
{
    public string Lang { get; } = lang;

    public string this[string key] => text.GetValueOrDefault(key) ?? fallback.GetValueOrDefault(key) ?? key;
}
