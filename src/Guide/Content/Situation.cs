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
    internal static IReadOnlyList<Situation> ReadAll(YamlReader reader, YamlMappingNode frontMatter)
    {
        var node = reader.Get(frontMatter, Key);
        if (node is null || node is YamlScalarNode { Value: null or "" })
        {
            return [];
        }
        if (node is not YamlSequenceNode list)
        {
            reader.Error(node, DiagnosticCodes.InvalidSituation,
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

    private static Situation? Read(YamlReader reader, YamlNode item)
    {
        if (item is not YamlMappingNode map)
        {
            reader.Error(item, DiagnosticCodes.InvalidSituation, "each situation needs 'title', 'text' and 'link', e.g. { title: 明天就面谈, text: …, link: quick-start.md }");
            return null;
        }
        string? Value(string key) => reader.Get(map, key) is YamlScalarNode { Value: { Length: > 0 } v } ? v : null;
        var title = Value("title");
        var link = Value("link");
        foreach (var (key, _) in map.Children)
        {
            if (key is YamlScalarNode { Value: { } name } && name is not ("title" or "text" or "link"))
            {
                reader.Error(key, DiagnosticCodes.InvalidSituation, $"a situation has 'title', 'text' and 'link', not '{name}'");
            }
        }
        if (title is null || link is null)
        {
            var missing = title is null ? "title" : "link";
            reader.Error(item, DiagnosticCodes.InvalidSituation, $"this situation has no '{missing}'; every situation needs a 'title' and a 'link' to the page that helps (its source path, such as quick-start.md)");
            return null;
        }
        var (line, column) = reader.Position(reader.Get(map, "link")!);
        return new Situation(title, Value("text") ?? "", link, line, column);
    }
}
