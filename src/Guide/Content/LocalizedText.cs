namespace Guide.Content;

/// <summary>
/// A text given per language code. Asking for a language that has no entry falls back to the
/// first one given, so a half-translated setting still shows something readable.
/// </summary>
public sealed class LocalizedText
{
    private readonly IReadOnlyList<KeyValuePair<string, string>> _values;

    public LocalizedText(IEnumerable<KeyValuePair<string, string>> values) => _values = [.. values];

    public static LocalizedText Empty { get; } = new([]);

    public static LocalizedText Same(string text) => new([new("*", text)]);

    public string this[string lang] =>
        _values.FirstOrDefault(v => v.Key == lang).Value
        ?? _values.FirstOrDefault().Value
        ?? "";

    public bool Has(string lang) => _values.Any(v => v.Key == lang);

    public bool IsEmpty => _values.Count == 0;
}
