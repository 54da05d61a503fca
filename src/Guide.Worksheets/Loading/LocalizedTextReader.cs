using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Guide.Worksheets;

/// <summary>Reads the bilingual <c>{zh-CN: …, en: …}</c> maps that carry every visible text.</summary>
internal static class LocalizedTextReader
{
    private static readonly string[] Languages = [WorksheetLanguages.Chinese, WorksheetLanguages.English];

    /// <summary>
    /// The text under <paramref name="key"/>, or null after reporting what is missing. A missing
    /// optional key is not an error; a present one must still have both languages.
    /// </summary>
    public static LocalizedText? Read(this NodeReader reader, YamlMappingNode parent, string key, string where, bool required = true)
    {
        var node = reader.Get(parent, key);
        if (node is null)
        {
            if (required)
            {
                reader.Error(parent, DiagnosticCodes.MissingKey,
                    $"{where} needs '{key}:' in both languages, e.g. {key}: {{zh-CN: …, en: …}}");
            }

            return null;
        }

        if (node is not YamlMappingNode map)
        {
            reader.Error(node, DiagnosticCodes.MissingTranslation,
                $"'{key}' of {where} must give both languages: {key}: {{zh-CN: …, en: …}}");
            return null;
        }

        if (map.Style == MappingStyle.Flow && map.Children.Keys.FirstOrDefault(k => !IsLanguage(k)) is { } stray)
        {
            // The commonest slip: an unquoted comma inside {…} starts a new "key".
            reader.Error(stray, DiagnosticCodes.WrongShape,
                $"'{key}' of {where}: a comma inside {{…}} ends the text, so '{(stray as YamlScalarNode)?.Value}' was read as a new key; put the text in double quotes: en: \"…, …\"");
            return null;
        }

        reader.CheckKeys(map, $"'{key}' of {where}", Languages);
        var zh = reader.Scalar(map, WorksheetLanguages.Chinese, "", required: false);
        var en = reader.Scalar(map, WorksheetLanguages.English, "", required: false);
        foreach (var (language, value) in new[] { (WorksheetLanguages.Chinese, zh), (WorksheetLanguages.English, en) })
        {
            if (value is null)
            {
                var at = reader.Get(map, language) ?? map;
                reader.Error(at, DiagnosticCodes.MissingTranslation,
                    $"'{key}' of {where} has no {language} text; add '{language}: …'");
            }
        }

        return zh is null || en is null ? null : new LocalizedText(Normalize(zh), Normalize(en));
    }

    private static bool IsLanguage(YamlNode key) =>
        key is YamlScalarNode { Value: { } v } && Languages.Contains(v, StringComparer.Ordinal);

    // Folded YAML (">") keeps a trailing newline; a form label must not.
    private static string Normalize(string text) => text.Trim();
}
