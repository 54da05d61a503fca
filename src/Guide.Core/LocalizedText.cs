using System.Text.Json;
using System.Text.Json.Serialization;

namespace Guide;

/// <summary>A line and column (both from 1) in an input file.</summary>
public sealed record SourcePosition(int Line, int Column);

/// <summary>
/// A text given per language code, for any number of languages: a page title in site.yml, a label of a
/// worksheet, a line of a rehearsal. Asking for a language that has no entry falls back to the first one
/// given, so a half-translated setting still shows something readable; definitions are checked to have
/// every language of the site, so their texts never fall back. Equal when the words are equal; written
/// to JSON (the build's memo keys) as an object of language and text.
/// </summary>
[JsonConverter(typeof(LocalizedTextJson))]
public sealed class LocalizedText : IEquatable<LocalizedText>
{
    private readonly IReadOnlyList<KeyValuePair<string, string>> _values;
    private readonly IReadOnlyDictionary<string, SourcePosition> _at;

    /// <param name="values">The text per language code, in the order given.</param>
    /// <param name="at">Where each language's text starts in its file, for problems about it.</param>
    public LocalizedText(IEnumerable<KeyValuePair<string, string>> values, IReadOnlyDictionary<string, SourcePosition>? at = null)
    {
        _values = [.. values];
        _at = at ?? new Dictionary<string, SourcePosition>();
    }

    public static LocalizedText Empty { get; } = new([]);

    /// <summary>One text for every language (a setting written once, an id).</summary>
    public static LocalizedText Same(string text) => new([new("*", text)]);

    /// <summary>The same words in each of <paramref name="languages"/>.</summary>
    public static LocalizedText In(IEnumerable<string> languages, Func<string, string> text) =>
        new(languages.Select(l => new KeyValuePair<string, string>(l, text(l))));

    public string this[string lang] => Get(lang);

    /// <summary>The text for <paramref name="lang"/>, or the first one given.</summary>
    public string Get(string lang) =>
        _values.FirstOrDefault(v => v.Key == lang).Value
        ?? _values.FirstOrDefault().Value
        ?? "";

    public bool Has(string lang) => _values.Any(v => v.Key == lang);

    public bool IsEmpty => _values.Count == 0;

    /// <summary>The languages given, in order.</summary>
    public IEnumerable<string> Languages => _values.Select(v => v.Key);

    /// <summary>Where the text of <paramref name="lang"/> starts in its file, or null for text made in code.</summary>
    public SourcePosition? At(string lang) => _at.GetValueOrDefault(lang);

    /// <summary>Each language's text changed by <paramref name="change"/>, which also gets the language.</summary>
    public LocalizedText Select(Func<string, string, string> change) =>
        new(_values.Select(v => new KeyValuePair<string, string>(v.Key, change(v.Key, v.Value))));

    /// <summary>Two texts joined language by language.</summary>
    public LocalizedText Zip(LocalizedText other, Func<string, string, string, string> join) =>
        Select((lang, text) => join(lang, text, other.Get(lang)));

    public bool Equals(LocalizedText? other) =>
        other is not null && _values.Count == other._values.Count
        && _values.Zip(other._values).All(p => p.First.Key == p.Second.Key && p.First.Value == p.Second.Value);

    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    public override int GetHashCode() => _values.Aggregate(0, (hash, v) => HashCode.Combine(hash, v.Key, v.Value));

    public override string ToString() => string.Join(" / ", _values.Select(v => v.Value));
}

/// <summary>Writes a <see cref="LocalizedText"/> as <c>{"zh-CN": "…", "en": "…"}</c>, in the order given.</summary>
public sealed class LocalizedTextJson : JsonConverter<LocalizedText>
{
    // Only ever written, for memo keys; nothing reads one back.
    public override LocalizedText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("A localized text is written to JSON for memo keys, never read back.");

    public override void Write(Utf8JsonWriter writer, LocalizedText value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var lang in value.Languages)
        {
            writer.WriteString(lang, value.Get(lang));
        }
        writer.WriteEndObject();
    }
}
