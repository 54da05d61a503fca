using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Guide;

/// <summary>
/// Reads values out of a YAML tree and turns every surprise into a diagnostic at the node's line and
/// column, so a loader above it reads like the schema and never throws. One reader serves every YAML
/// input; <see cref="YamlRules"/> says how its kind of file reports, and the forgiving values of settings
/// files are in <see cref="SettingValues"/>.
/// </summary>
/// <param name="report">Where problems go: the run's <see cref="DiagnosticBag"/>, or a list the caller looks at first.</param>
/// <param name="languages">The languages every localized text of a definition must give, the first being the site's default.</param>
/// <param name="firstLine">
/// The file line the YAML text starts on: front matter starts on line 2, below its '---'. YamlDotNet counts
/// from the start of the text it was given; every position this reader reports is a line of the file.
/// </param>
public sealed class YamlReader(string path, Action<Diagnostic> report, YamlRules rules, IReadOnlyList<string>? languages = null, int firstLine = 1)
{
    public IReadOnlyList<string> Languages { get; } = languages ?? [];

    public YamlRules Rules => rules;

    /// <summary>Whether an error has been reported, so a loader returns nothing rather than a half-read model.</summary>
    public bool Failed { get; private set; }

    public YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode { Value: { } name } && name == key).Value;

    /// <summary>Where <paramref name="node"/> starts in the file.</summary>
    public (int Line, int Column) Position(YamlNode node) => InFile(node.Start.Line, node.Start.Column);

    public void Error(YamlNode node, string code, string message) => Error(node.Start.Line, node.Start.Column, code, message);

    /// <summary>An error at a line and column of the YAML text (as YamlDotNet counts them).</summary>
    public void Error(long line, long column, string code, string message) => Add(Severity.Error, line, column, code, message);

    /// <summary>Reports keys the schema does not know, with the closest known key, as <see cref="YamlRules"/> says.</summary>
    /// <param name="where">Where the map is ("field 'goal'"), for rules whose messages name it.</param>
    public void CheckKeys(YamlMappingNode map, string where, params IReadOnlyList<string> known)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value;
            if ((name is null || !known.Contains(name, StringComparer.Ordinal)) && rules.UnknownKey(name, where, known) is { } message)
            {
                Add(rules.UnknownKeySeverity, key.Start.Line, key.Start.Column, rules.UnknownKeyCode, message);
            }
        }
    }

    public YamlMappingNode? Map(YamlNode? node, string what)
    {
        if (node is YamlMappingNode map)
        {
            return map;
        }

        if (node is not null)
        {
            Error(node, rules.WrongShape, $"{what} must be a set of 'key: value' lines");
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

        Error(node, rules.WrongShape, $"'{key}' in {where} must be a list (lines starting with '- ')");
        return [];
    }

    /// <summary>The trimmed text under <paramref name="key"/>; null when absent or blank, reported if <paramref name="required"/>.</summary>
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

        Error(node, rules.WrongShape, $"'{key}' in {where} must be a single value");
        return null;
    }

    /// <summary>A whole number in [min, max]; <paramref name="fallback"/> when absent or wrong.</summary>
    public int Integer(YamlMappingNode parent, string key, string where, int min, int max, int fallback, bool required = false) =>
        Bounded(parent, key, where, min, max, fallback, required, NumberStyles.Integer, "a whole number");

    /// <summary>An optional number in [min, max]; <paramref name="fallback"/> when absent or wrong.</summary>
    public double Number(YamlMappingNode parent, string key, string where, double min, double max, double fallback) =>
        Bounded(parent, key, where, min, max, fallback, required: false, NumberStyles.Float, "a number");

    private T Bounded<T>(YamlMappingNode parent, string key, string where, T min, T max, T fallback, bool required, NumberStyles style, string kind)
        where T : System.Numerics.INumber<T>
    {
        var node = Get(parent, key);
        var text = Scalar(parent, key, where, required);
        if (text is null || node is null)
        {
            return fallback;
        }

        if (!T.TryParse(text, style, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            Error(node, DiagnosticCodes.BadNumber, $"'{key}' in {where} must be {kind} from {min} to {max}, not '{text}'");
            return fallback;
        }

        return value;
    }

    private void Add(Severity severity, long line, long column, string code, string message)
    {
        Failed |= severity == Severity.Error;
        var (fileLine, fileColumn) = InFile(line, column);
        report(new Diagnostic(path, fileLine, fileColumn, severity, code, message));
    }

    private (int Line, int Column) InFile(long line, long column) => ((int)line + firstLine - 1, (int)column);
}
