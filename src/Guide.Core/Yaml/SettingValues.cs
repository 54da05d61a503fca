using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Guide;

/// <summary>
/// The values of settings files (front matter, <c>site.yml</c>, <c>terms.yml</c>): every key is optional,
/// so an absent one is null and a value of the wrong type is reported under <see cref="YamlRules.WrongShape"/>
/// and read as absent. Text is returned as written; a setting may be deliberately empty.
/// </summary>
public static class SettingValues
{
    public static string? String(this YamlReader reader, YamlMappingNode map, string key)
    {
        var node = reader.Get(map, key);
        if (node is null)
        {
            return null;
        }
        if (node is YamlScalarNode s)
        {
            return s.Value;
        }
        reader.Error(node, reader.Rules.WrongShape, $"'{key}' should be a single text value");
        return null;
    }

    public static int? Int(this YamlReader reader, YamlMappingNode map, string key)
    {
        var text = reader.String(map, key);
        if (text is null)
        {
            return null;
        }
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        reader.Error(reader.Get(map, key)!, reader.Rules.WrongShape, $"'{key}' should be a whole number, not '{text}'");
        return null;
    }

    /// <summary>true or false; <c>yes</c> and <c>no</c> too, as YAML 1.1 and many editors write them.</summary>
    public static bool? Bool(this YamlReader reader, YamlMappingNode map, string key)
    {
        var text = reader.String(map, key);
        if (text is null)
        {
            return null;
        }
        if (text is "true" or "yes")
        {
            return true;
        }
        if (text is "false" or "no")
        {
            return false;
        }
        reader.Error(reader.Get(map, key)!, reader.Rules.WrongShape, $"'{key}' should be true or false, not '{text}'");
        return null;
    }

    public static TEnum Enum<TEnum>(this YamlReader reader, YamlMappingNode map, string key, TEnum fallback) where TEnum : struct, Enum
    {
        var text = reader.String(map, key);
        if (text is null)
        {
            return fallback;
        }
        // Enum.TryParse also takes "2" for the third member; a number is never what an editor means.
        if (System.Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && !int.TryParse(text, out _))
        {
            return value;
        }
        var allowed = string.Join(" | ", System.Enum.GetNames<TEnum>().Select(n => n.ToLowerInvariant()));
        reader.Error(reader.Get(map, key)!, reader.Rules.WrongShape, $"'{key}' should be one of {allowed}, not '{text}'");
        return fallback;
    }

    /// <summary>A list of texts; one text alone is a list of one, since editors write <c>tags: review</c> for a single tag.</summary>
    public static IReadOnlyList<string> Texts(this YamlReader reader, YamlMappingNode map, string key)
    {
        var node = reader.Get(map, key);
        switch (node)
        {
            case null:
                return [];
            case YamlSequenceNode seq:
                return [.. seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "")];
            case YamlScalarNode s when string.IsNullOrEmpty(s.Value):
                return [];
            case YamlScalarNode s:
                return [s.Value!];
            default:
                reader.Error(node, reader.Rules.WrongShape, $"'{key}' should be a list, like [a, b]");
                return [];
        }
    }

    /// <summary>A value given either as one text for every language or as a map of language code to text.</summary>
    public static LocalizedText Localized(this YamlReader reader, YamlMappingNode map, string key) =>
        reader.Get(map, key) switch
        {
            null => LocalizedText.Empty,
            YamlScalarNode s => LocalizedText.Same(s.Value ?? ""),
            YamlMappingNode m => new LocalizedText(m.Children
                .Where(kv => kv.Key is YamlScalarNode && kv.Value is YamlScalarNode)
                .Select(kv => new KeyValuePair<string, string>(((YamlScalarNode)kv.Key).Value!, ((YamlScalarNode)kv.Value).Value ?? ""))),
            _ => LocalizedText.Empty,
        };
}
