using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Guide.Worksheets;

/// <summary>
/// Reads the fields of one worksheet, one kind at a time, and remembers ids so a second use of
/// the same id is reported where it appears.
/// </summary>
internal sealed partial class FieldParser(YamlReader reader)
{
    private static readonly string[] Common = ["id", "kind", "label", "help"];

    /// <summary>
    /// Each kind's own keys and reader, by its YAML name; a field without a kind only has its common keys
    /// checked. Every name of <see cref="FieldKinds.All"/> is here, and a test holds the two in step.
    /// </summary>
    private static readonly Dictionary<string, (string[] Keys, Func<FieldParser, YamlMappingNode, string, string?, LocalizedText?, LocalizedText?, WorksheetField?> Read)> Kinds =
        new(StringComparer.Ordinal)
        {
            [""] = ([], (_, _, _, _, _, _) => null),
            [FieldKinds.Text] = (["header"], (p, map, where, id, label, help) => p.ReadText(map, where, id, label, help)),
            [FieldKinds.Lines] = (["lines"], (p, map, where, id, label, help) => p.ReadLines(map, where, id, label, help)),
            [FieldKinds.CheckBoxes] = (["options"], (p, map, where, id, label, help) => p.ReadCheckBoxes(map, where, id, label, help)),
            [FieldKinds.Choice] = (["options"], (p, map, where, id, label, help) => p.ReadChoice(map, where, id, label, help)),
            [FieldKinds.Table] = (["columns", "rows", "lines"], (p, map, where, id, label, help) => p.ReadTable(map, where, id, label, help)),
            [FieldKinds.Signatures] = (["signers"], (p, map, where, id, label, help) => p.ReadSignatures(map, where, id, label, help)),
        };

    private readonly Dictionary<string, long> _ids = new(StringComparer.Ordinal);

    /// <summary>The YAML names the parser reads, for the test that keeps them in step with the model.</summary>
    internal static IEnumerable<string> KnownKinds => Kinds.Keys.Where(k => k.Length > 0);

    public WorksheetField? Read(YamlNode node)
    {
        if (reader.Map(node, "a field") is not { } map)
        {
            return null;
        }

        var id = Id(map, "a field", _ids);
        var where = id is null ? "a field" : $"field '{id}'";
        var kind = reader.Scalar(map, "kind", where, required: true);
        if (kind is not null && !Kinds.ContainsKey(kind))
        {
            reader.Error(reader.Get(map, "kind")!, DiagnosticCodes.UnknownFieldKind,
                $"unknown field kind '{kind}'{Suggest.Hint(kind, FieldKinds.All)}; use one of: {string.Join(", ", FieldKinds.All)}");
            return null;
        }

        var (extra, read) = Kinds[kind ?? ""];
        reader.CheckKeys(map, $"{where} ({kind} field)", [.. Common, .. extra]);
        var label = reader.Read(map, "label", where);
        var help = reader.Read(map, "help", where);
        var field = read(this, map, where, id, label, help);
        return field is null ? null : field with { Line = (int)map.Start.Line };
    }

    private static bool Complete(string? id, LocalizedText? label, LocalizedText? help) =>
        id is not null && label is not null && help is not null;

    private SingleLineField? ReadText(YamlMappingNode map, string where, string? id, LocalizedText? label, LocalizedText? help)
    {
        var header = reader.Scalar(map, "header", where, required: false);
        if (header is not null and not "true" and not "false")
        {
            reader.Error(reader.Get(map, "header")!, DiagnosticCodes.WrongShape, $"'header' in {where} must be true or false");
        }

        return Complete(id, label, help) ? new SingleLineField(id!, label!, help!) { InHeader = header == "true" } : null;
    }

    private MultiLineField? ReadLines(YamlMappingNode map, string where, string? id, LocalizedText? label, LocalizedText? help)
    {
        var lines = reader.Integer(map, "lines", where, min: 1, max: Limits.MaxLines, fallback: 3);
        return Complete(id, label, help) ? new MultiLineField(id!, label!, help!, lines) : null;
    }

    private CheckBoxGroupField? ReadCheckBoxes(YamlMappingNode map, string where, string? id, LocalizedText? label, LocalizedText? help) =>
        Complete(id, label, help) && ReadOptions(map, where) is { Count: > 0 } boxes ? new CheckBoxGroupField(id!, label!, help!, boxes) : null;

    private ChoiceField? ReadChoice(YamlMappingNode map, string where, string? id, LocalizedText? label, LocalizedText? help)
    {
        var options = ReadOptions(map, where);
        if (options.Count == 1)
        {
            reader.Error(reader.Get(map, "options")!, DiagnosticCodes.BadNumber,
                $"{where} is a choice with one option; give it at least two, or make it 'kind: checkboxes'");
            return null;
        }

        return Complete(id, label, help) && options.Count > 1 ? new ChoiceField(id!, label!, help!, options) : null;
    }

    private List<CheckOption> ReadOptions(YamlMappingNode map, string where)
    {
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        var options = new List<CheckOption>();
        foreach (var node in reader.List(map, "options", where, required: true))
        {
            if (reader.Map(node, $"an option of {where}") is not { } option)
            {
                continue;
            }

            reader.CheckKeys(option, $"an option of {where}", "id", "label", "detail");
            var optionId = Id(option, $"an option of {where}", ids);
            var optionWhere = $"option '{optionId}' of {where}";
            var optionLabel = reader.Read(option, "label", optionWhere);
            var detail = reader.Read(option, "detail", optionWhere, required: false);
            if (optionId is not null && optionLabel is not null)
            {
                options.Add(new CheckOption(optionId, optionLabel, detail));
            }
        }

        return options;
    }

    private TableField? ReadTable(YamlMappingNode map, string where, string? id, LocalizedText? label, LocalizedText? help)
    {
        var rows = reader.Integer(map, "rows", where, min: 1, max: Limits.MaxRows, fallback: 0, required: true);
        var rowLines = reader.Integer(map, "lines", where, min: 1, max: Limits.MaxRowLines, fallback: 1);
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        var columns = new List<TableColumn>();
        foreach (var node in reader.List(map, "columns", where, required: true))
        {
            if (reader.Map(node, $"a column of {where}") is not { } column)
            {
                continue;
            }

            reader.CheckKeys(column, $"a column of {where}", "id", "label", "width", "help");
            var columnId = Id(column, $"a column of {where}", ids);
            var columnWhere = $"column '{columnId}' of {where}";
            var columnLabel = reader.Read(column, "label", columnWhere);
            var width = reader.Number(column, "width", columnWhere, min: 0.1, max: 100, fallback: 1);
            var columnHelp = reader.Read(column, "help", columnWhere, required: false);
            if (columnId is not null && columnLabel is not null)
            {
                columns.Add(new TableColumn(columnId, columnLabel, width, columnHelp));
            }
        }

        if (columns.Count > Limits.MaxColumns)
        {
            reader.Error(reader.Get(map, "columns")!, DiagnosticCodes.BadNumber,
                $"{where} has {columns.Count} columns; at most {Limits.MaxColumns} fit across a page");
        }

        return Complete(id, label, help) && rows > 0 && columns.Count > 0 ? new TableField(id!, label!, help!, columns, rows, rowLines) : null;
    }

    private SignatureField? ReadSignatures(YamlMappingNode map, string where, string? id, LocalizedText? label, LocalizedText? help)
    {
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        var signers = new List<Signer>();
        foreach (var node in reader.List(map, "signers", where, required: true))
        {
            if (reader.Map(node, $"a signer of {where}") is not { } signer)
            {
                continue;
            }

            reader.CheckKeys(signer, $"a signer of {where}", "id", "label");
            var signerId = Id(signer, $"a signer of {where}", ids);
            var signerLabel = reader.Read(signer, "label", $"signer '{signerId}' of {where}");
            if (signerId is not null && signerLabel is not null)
            {
                signers.Add(new Signer(signerId, signerLabel));
            }
        }

        return Complete(id, label, help) && signers.Count > 0 ? new SignatureField(id!, label!, help!, signers) : null;
    }

    /// <summary>Reads and checks an id, reporting a second use within <paramref name="seen"/>.</summary>
    private string? Id(YamlMappingNode map, string where, Dictionary<string, long> seen)
    {
        var id = reader.Scalar(map, "id", where, required: true);
        if (id is null)
        {
            return null;
        }

        var node = reader.Get(map, "id")!;
        if (!IdPattern().IsMatch(id))
        {
            reader.Error(node, DiagnosticCodes.BadId,
                $"id '{id}' in {where} must start with a lowercase letter and use only a-z, 0-9 and '-', e.g. 'next-review'");
            return null;
        }

        if (seen.TryGetValue(id, out var firstLine))
        {
            reader.Error(node, DiagnosticCodes.DuplicateId,
                $"duplicate id '{id}' (first used on line {firstLine}); every id must be different");
            return null;
        }

        seen[id] = node.Start.Line;
        return id;
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
