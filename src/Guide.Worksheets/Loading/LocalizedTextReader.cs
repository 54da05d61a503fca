using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Guide.Worksheets;

/// <summary>Reads the <c>{zh-CN: …, en: …}</c> maps, one text per language of the site, that carry every visible text.</summary>
internal static class LocalizedTextReader
{
    /// <summary>
    /// The text under <paramref name="key"/>, or null after reporting what is missing. A missing
    /// optional key is not an error; a present one must still have every language.
    /// </summary>
    public static LocalizedText? Read(this YamlReader reader, YamlMappingNode parent, string key, string where, bool required = true)
    {
        var languages = reader.Languages;
        var node = reader.Get(parent, key);
        if (node is null)
        {
            if (required)
            {
                reader.Error(parent, DiagnosticCodes.MissingKey,
                    $"{where} needs '{key}:' in {Every(languages)}, e.g. {key}: {Example(languages)}");
            }

            return null;
        }

        if (node is not YamlMappingNode map)
        {
            reader.Error(node, DiagnosticCodes.TextWithoutLanguage,
                $"'{key}' of {where} must give {Every(languages)}: {key}: {Example(languages)}");
            return null;
        }

        if (map.Style == MappingStyle.Flow && map.Children.Keys.FirstOrDefault(k => !IsLanguage(k, languages)) is { } stray)
        {
            // The commonest slip: an unquoted comma inside {…} starts a new "key".
            reader.Error(stray, DiagnosticCodes.WrongShape,
                $"'{key}' of {where}: a comma inside {{…}} ends the text, so '{(stray as YamlScalarNode)?.Value}' was read as a new key; put the text in double quotes: {languages[^1]}: \"…, …\"");
            return null;
        }

        reader.CheckKeys(map, $"'{key}' of {where}", [.. languages]);
        var texts = languages.Select(lang => (Lang: lang, Text: reader.Scalar(map, lang, "", required: false))).ToList();
        foreach (var (lang, text) in texts.Where(t => t.Text is null))
        {
            reader.Error(reader.Get(map, lang) ?? map, DiagnosticCodes.TextWithoutLanguage,
                $"'{key}' of {where} has no {lang} text; add '{lang}: …'");
        }

        return texts.Any(t => t.Text is null) ? null : new LocalizedText(
            texts.Select(t => new KeyValuePair<string, string>(t.Lang, JoinChinese(t.Text!.Trim()))),
            texts.ToDictionary(t => t.Lang, t => At(reader.Get(map, t.Lang)!)));
    }

    private static string Every(IReadOnlyList<string> languages) => languages.Count == 2 ? "both languages" : $"all {languages.Count} languages";

    private static string Example(IReadOnlyList<string> languages) => "{" + string.Join(", ", languages.Select(l => $"{l}: …")) + "}";

    private static SourcePosition At(YamlNode node) => new((int)node.Start.Line, (int)node.Start.Column);

    private static bool IsLanguage(YamlNode key, IReadOnlyList<string> languages) =>
        key is YamlScalarNode { Value: { } v } && languages.Contains(v, StringComparer.Ordinal);

    /// <summary>
    /// YAML folds a line break into a space (<c>&gt;</c> blocks and plain text over several lines),
    /// which Chinese and Japanese do not put between sentences, in whatever language's text they stand: "客户，\n争取" must read "客户，争取". A space
    /// after Chinese punctuation, or between two Chinese characters, is dropped; one between Chinese
    /// and a number or a Latin word ("2025 年", "面谈 KPI") stays.
    /// </summary>
    internal static string JoinChinese(string text)
    {
        if (!text.Contains(' ', StringComparison.Ordinal))
        {
            return text;
        }

        var joined = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == ' ' && i > 0 && i + 1 < text.Length && (IsChinesePunctuation(text[i - 1]) || (IsHan(text[i - 1]) && (IsHan(text[i + 1]) || IsChinesePunctuation(text[i + 1])))))
            {
                continue;
            }

            joined.Append(text[i]);
        }

        return joined.ToString();
    }

    private static bool IsHan(char c) => c is (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');

    /// <summary>Full-width punctuation: CJK symbols (、。「」…), full-width forms (，：；！？（）) and the curly quotes Chinese uses.</summary>
    private static bool IsChinesePunctuation(char c) => c is (>= '\u3000' and <= '\u303F') or (>= '\uFF01' and <= '\uFF0F') or (>= '\uFF1A' and <= '\uFF20') or '“' or '”' or '‘' or '’' or '…' or '—';
}
