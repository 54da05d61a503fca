using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Guide.Worksheets;

/// <summary>
/// Turns one definition file into a <see cref="Worksheet"/>. Reads everything it can and reports
/// every problem it finds, so an editor fixes a file in one pass; returns null if anything failed.
/// </summary>
internal static partial class DefinitionParser
{
    public static Worksheet? Parse(string path, string text, string slug, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        var reader = new YamlReader(path, diagnostics.Add, YamlRules.Definitions, languages);
        if (reader.Root(text, "a worksheet file", "the file is empty; a worksheet needs id, title, purpose, when, steps, intro and sections") is not { } root)
        {
            return null;
        }

        if (!SlugPattern().IsMatch(slug))
        {
            reader.Error(1, 1, DiagnosticCodes.BadId, $"file name '{slug}' must use lowercase letters, digits and hyphens, e.g. w2-three-three.yml");
        }

        reader.CheckKeys(root, "the worksheet", "id", "title", "purpose", "when", "steps", "intro", "sections");
        var id = reader.Scalar(root, "id", "the worksheet", required: true);
        if (id is not null && !WorksheetIdPattern().IsMatch(id))
        {
            reader.Error(reader.Get(root, "id")!, DiagnosticCodes.BadId, $"worksheet id '{id}' must be W followed by a number, e.g. W2");
        }

        var title = reader.Read(root, "title", "the worksheet");
        var purpose = reader.Read(root, "purpose", "the worksheet");
        var when = reader.Read(root, "when", "the worksheet");
        var intro = reader.Read(root, "intro", "the worksheet");
        var steps = new List<LocalizedText>();
        var stepNodes = reader.List(root, "steps", "the worksheet", required: true);
        for (var i = 0; i < stepNodes.Count; i++)
        {
            var holder = new YamlMappingNode { { "step", stepNodes[i] } };
            if (reader.Read(holder, "step", $"step {i + 1}") is { } step)
            {
                steps.Add(step);
            }
        }

        var fields = new FieldParser(reader);
        var sections = new List<WorksheetSection>();
        foreach (var node in reader.List(root, "sections", "the worksheet", required: true))
        {
            if (ReadSection(reader, fields, node, sections.Count + 1) is { } section)
            {
                sections.Add(section);
            }
        }

        if (reader.Failed || id is null || title is null || purpose is null || when is null || intro is null)
        {
            return null;
        }

        return new Worksheet(id, slug, path, title, purpose, when, steps, intro, sections)
        {
            IdLine = (int)reader.Get(root, "id")!.Start.Line,
        };
    }

    private static WorksheetSection? ReadSection(YamlReader reader, FieldParser fields, YamlNode node, int number)
    {
        var where = $"section {number}";
        if (reader.Map(node, where) is not { } map)
        {
            return null;
        }

        reader.CheckKeys(map, where, "heading", "two_columns", "fields");
        var heading = reader.Read(map, "heading", where);
        var twoColumns = reader.Scalar(map, "two_columns", where, required: false);
        if (twoColumns is not null and not "true" and not "false")
        {
            reader.Error(reader.Get(map, "two_columns")!, DiagnosticCodes.WrongShape, $"'two_columns' in {where} must be true or false");
        }

        var list = reader.List(map, "fields", where, required: true).Select(fields.Read).OfType<WorksheetField>().ToList();
        return heading is null ? null : new WorksheetSection(heading, twoColumns == "true" ? 2 : 1, list);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^W[1-9][0-9]?$")]
    private static partial Regex WorksheetIdPattern();
}
