using YamlDotNet.RepresentationModel;

namespace Guide.Content;

/// <summary>
/// A situation a reader arrives in ("my review is tomorrow"), listed in the front matter of a
/// language's home page and shown there and on the root page as a large link. <see cref="Link"/> is a
/// source path like any link in a page (<c>quick-start.md</c>); <see cref="Line"/> and
/// <see cref="Column"/> are where it is written, for problems about it.
/// </summary>
public sealed record Situation(string Title, string Text, string Link, int Line, int Column)
{
    public const string Key = "situations";

    /// <summary>Reads the <c>situations:</c> list; a malformed entry is reported (GUIDE016) and left out.</summary>
    internal static IReadOnlyList<Situation> ReadAll(MappingReader reader)
    {
        var node = reader.Node(Key);
        if (node is null || node is YamlScalarNode { Value: null or "" })
        {
            return [];
        }
        if (node is not YamlSequenceNode list)
        {
            reader.Report(node, DiagnosticCodes.InvalidSituation,
                "'situations' should be a list, each entry with 'title', 'text' and 'link' (a page's source path, such as quick-start.md)");
            return [];
        }
        var situations = new List<Situation>();
        foreach (var item in list.Children)
        {
            if (Read(reader, item) is { } situation)
            {
                situations.Add(situation);
            }
        }
        return situations;
    }

    private static Situation? Read(MappingReader reader, YamlNode item)
    {
        if (item is not YamlMappingNode map)
        {
            reader.Report(item, DiagnosticCodes.InvalidSituation, "each situation needs 'title', 'text' and 'link', e.g. { title: 明天就面谈, text: …, link: quick-start.md }");
            return null;
        }
        string? Value(string key) =>
            map.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode s && s.Value == key).Value is YamlScalarNode { Value: { Length: > 0 } v } ? v : null;
        var title = Value("title");
        var link = Value("link");
        foreach (var (key, _) in map.Children)
        {
            if (key is YamlScalarNode { Value: { } name } && name is not ("title" or "text" or "link"))
            {
                reader.Report(key, DiagnosticCodes.InvalidSituation, $"a situation has 'title', 'text' and 'link', not '{name}'");
            }
        }
        if (title is null || link is null)
        {
            var missing = title is null ? "title" : "link";
            reader.Report(item, DiagnosticCodes.InvalidSituation, $"this situation has no '{missing}'; every situation needs a 'title' and a 'link' to the page that helps (its source path, such as quick-start.md)");
            return null;
        }
        var linkNode = map.Children.First(kv => kv.Key is YamlScalarNode { Value: "link" }).Value;
        var (line, column) = reader.Position(linkNode);
        return new Situation(title, Value("text") ?? "", link, line, column);
    }
}
