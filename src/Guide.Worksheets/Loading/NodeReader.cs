using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Guide.Worksheets;

/// <summary>
/// Reads values out of a YAML tree and turns every surprise into a diagnostic at the node's
/// line and column, so the loader above it reads like the schema and never throws.
/// </summary>
internal sealed class NodeReader(string path, DiagnosticBag diagnostics, IReadOnlyList<string> languages)
{
    /// <summary>The languages every text of the file must give: the site's, the first being its default.</summary>
    public IReadOnlyList<string> Languages { get; } = languages;

    public bool Failed { get; private set; }

    public void Error(YamlNode node, string code, string message) => Error(node.Start.Line, node.Start.Column, code, message);

    public void Error(long line, long column, string code, string message)
    {
        Failed = true;
        diagnostics.Add(Diagnostic.Error(path, (int)line, (int)column, code, message));
    }

    /// <summary>Reports keys the schema does not know, with the closest known key.</summary>
    public void CheckKeys(YamlMappingNode map, string where, params string[] allowed)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                Error(key, DiagnosticCodes.UnknownDefinitionKey,
                    $"unknown key '{name}' in {where}{Suggest.Hint(name, allowed)}; known keys: {string.Join(", ", allowed)}");
            }
        }
    }

    public YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public YamlMappingNode? Map(YamlNode? node, string what)
    {
        if (node is YamlMappingNode map)
        {
            return map;
        }

        if (node is not null)
        {
            Error(node, DiagnosticCodes.WrongShape, $"{what} must be a set of 'key: value' lines");
        }

        return null;
    }

    public IReadOnlyList<YamlNode> List(YamlMappingNode parent, string key, string where, bool required)
    {
        var node = Get(parent, key);
        if (node is null)
        {
            if (required)
            {
                Error(parent, DiagnosticCodes.MissingKey, $"{where} needs '{key}:' with a list of items (lines starting with '- ')");
            }

            return [];
        }

        if (node is YamlSequenceNode list)
        {
            if (list.Children.Count == 0 && required)
            {
                Error(node, DiagnosticCodes.MissingKey, $"'{key}' in {where} is empty; add at least one item");
            }

            return [.. list.Children];
        }

        Error(node, DiagnosticCodes.WrongShape, $"'{key}' in {where} must be a list (lines starting with '- ')");
        return [];
    }

    public string? Scalar(YamlMappingNode parent, string key, string where, bool required)
    {
        var node = Get(parent, key);
        if (node is YamlScalarNode { Value: { } value } && value.Trim().Length > 0)
        {
            return value.Trim();
        }

        if (node is null or YamlScalarNode)
        {
            if (required)
            {
                Error(node ?? parent, DiagnosticCodes.MissingKey, $"{where} needs '{key}:'");
            }

            return null;
        }

        Error(node, DiagnosticCodes.WrongShape, $"'{key}' in {where} must be a single value");
        return null;
    }

    /// <summary>An optional whole number in [min, max]; <paramref name="fallback"/> when absent.</summary>
    public int Integer(YamlMappingNode parent, string key, string where, int min, int max, int fallback, bool required = false)
    {
        var node = Get(parent, key);
        var text = Scalar(parent, key, where, required);
        if (text is null || node is null)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            Error(node, DiagnosticCodes.BadNumber, $"'{key}' in {where} must be a whole number from {min} to {max}, not '{text}'");
            return fallback;
        }

        return value;
    }

    public double Number(YamlMappingNode parent, string key, string where, double min, double max, double fallback)
    {
        var node = Get(parent, key);
        var text = Scalar(parent, key, where, required: false);
        if (text is null || node is null)
        {
            return fallback;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            Error(node, DiagnosticCodes.BadNumber, $"'{key}' in {where} must be a number from {min} to {max}, not '{text}'");
            return fallback;
        }

        return value;
    }
}
