using System.Globalization;

namespace Guide.Theme.Model;

/// <summary>
/// The theme's own words (menu, previous, edit this page…) in one language, read from
/// <c>theme/i18n/&lt;lang&gt;.yml</c>. A key missing in one language falls back along
/// <see cref="ThemeWords"/>' chain, then to the key itself, so a missing word shows as its key and never breaks a page.
/// </summary>
public sealed class UiText
{
    private readonly IReadOnlyList<IReadOnlyDictionary<string, object>> _chain;

    internal UiText(string lang, IReadOnlyList<IReadOnlyDictionary<string, object>> chain)
    {
        Lang = lang;
        _chain = chain;
    }

    public string Lang { get; }

    public string this[string key] => Find(key) switch
    {
        string text => text,
        IReadOnlyList<string> list => string.Join(", ", list),
        _ => key,
    };

    /// <summary>A word with its blanks filled: <c>"Scene {0}"</c> and 3 give "Scene 3".</summary>
    public string Format(string key, params object[] values) => string.Format(CultureInfo.InvariantCulture, this[key], values);

    /// <summary>
    /// The word for one case when the language has it (<c>searchOther.en</c>: "同时搜索英文内容"), else the
    /// general word with its blanks filled (<c>searchOther</c>: "同时搜索{0}的内容"). A language's own general
    /// word comes before the case word of the language it falls back to.
    /// </summary>
    public string For(string key, string variant, params object[] values)
    {
        foreach (var words in _chain)
        {
            if (words.GetValueOrDefault($"{key}.{variant}") is string special)
            {
                return special;
            }
            if (words.GetValueOrDefault(key) is string general)
            {
                return string.Format(CultureInfo.InvariantCulture, general, values);
            }
        }
        return key;
    }

    /// <summary>A list of words (<c>key: [a, b]</c>); empty when the key is missing.</summary>
    public IReadOnlyList<string> List(string key) => Find(key) switch
    {
        IReadOnlyList<string> list => list,
        string text => [text],
        _ => [],
    };

    /// <summary>True when this language or one it falls back to has the key.</summary>
    public bool Has(string key) => Find(key) is not null;

    private object? Find(string key) => _chain.Select(words => words.GetValueOrDefault(key)).FirstOrDefault(w => w is not null);
}
