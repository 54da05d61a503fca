using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Guide.Content;

/// <summary>
/// Reads typed values out of a YAML mapping and reports wrong types and unknown keys at their
/// file position. Shared by front matter and <c>site.yml</c>.
/// </summary>
internal sealed class MappingReader(string path, YamlMappingNode map, int firstLine, List<Diagnostic> diagnostics)
{
    public YamlNode? Node(string key) =>
        map.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode s && s.Value == key).Value;

    public string? String(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            return null;
        }
        if (node is YamlScalarNode s)
        {
            return s.Value;
        }
        Report(node, DiagnosticCodes.InvalidFrontMatter, $"'{key}' should be a single text value");
        return null;
    }

    public int? Int(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        Report(Node(key)!, DiagnosticCodes.InvalidFrontMatter, $"'{key}' should be a whole number, not '{text}'");
        return null;
    }

    public bool? Bool(string key)
    {
        var text = String(key);
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
        Report(Node(key)!, DiagnosticCodes.InvalidFrontMatter, $"'{key}' should be true or false, not '{text}'");
        return null;
    }

    public TEnum Enum<TEnum>(string key, TEnum fallback) where TEnum : struct, Enum
    {
        var text = String(key);
        if (text is null)
        {
            return fallback;
        }
        if (System.Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && !int.TryParse(text, out _))
        {
            return value;
        }
        var allowed = string.Join(" | ", System.Enum.GetNames<TEnum>().Select(n => n.ToLowerInvariant()));
        Report(Node(key)!, DiagnosticCodes.InvalidFrontMatter, $"'{key}' should be one of {allowed}, not '{text}'");
        return fallback;
    }

    public IReadOnlyList<string> List(string key)
    {
        var node = Node(key);
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
                Report(node, DiagnosticCodes.InvalidFrontMatter, $"'{key}' should be a list, like [a, b]");
                return [];
        }
    }

    /// <summary>A value given either as one text or as a map of language code to text.</summary>
    public LocalizedText Localized(string key)
    {
        var node = Node(key);
        return node switch
        {
            null => LocalizedText.Empty,
            YamlScalarNode s => LocalizedText.Same(s.Value ?? ""),
            YamlMappingNode m => new LocalizedText(m.Children
                .Where(kv => kv.Key is YamlScalarNode && kv.Value is YamlScalarNode)
                .Select(kv => new KeyValuePair<string, string>(((YamlScalarNode)kv.Key).Value!, ((YamlScalarNode)kv.Value).Value ?? ""))),
            _ => LocalizedText.Empty,
        };
    }

    public void ReportUnknownKeys(IReadOnlyList<string> known)
    {
        foreach (var (keyNode, _) in map.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key } || known.Contains(key))
            {
                continue;
            }
            var suggestion = Suggest.Closest(key, known);
            var hint = suggestion is null ? $"known keys are {string.Join(", ", known)}" : $"did you mean '{suggestion}'?";
            var (line, col) = Position(keyNode);
            diagnostics.Add(Diagnostic.Warning(path, line, col, DiagnosticCodes.UnknownKey, $"unknown key '{key}'; {hint}"));
        }
    }

    public (int Line, int Column) Position(YamlNode node) => YamlPosition.InFile(node.Start, firstLine);

    public void Report(YamlNode node, string code, string message)
    {
        var (line, col) = Position(node);
        diagnostics.Add(Diagnostic.Error(path, line, col, code, message));
    }
}
