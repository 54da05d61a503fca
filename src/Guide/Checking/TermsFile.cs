using Guide.Content;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Guide.Checking;

/// <summary>
/// Reads <c>input/terms.yml</c>, the list editors extend to keep one word for one thing. A guide
/// without the file has no term rules; a broken file is reported (GUIDE057) and checked as if empty.
/// </summary>
public static class TermsFile
{
    public const string Name = SettingsFiles.TermsYml;

    public static readonly IReadOnlyList<string> KnownKeys = ["preferred", "avoid", "audience", "allow", "note"];

    public static TermList Load(string inputDir, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(inputDir, Name);
        if (!File.Exists(path))
        {
            return TermList.None;
        }
        var display = DisplayPath.Of(path);
        if (InputFile.ReadText(path, inputDir, display, diagnostics) is not { } text)
        {
            return new TermList(display, []);
        }
        var reader = new YamlReader(display, diagnostics.Add, YamlRules.Settings(DiagnosticCodes.InvalidTermsFile));
        var terms = Read(reader, text);
        return reader.Failed ? new TermList(display, []) : new TermList(display, terms);
    }

    private static List<Term> Read(YamlReader reader, string text)
    {
        // Deep nesting would overflow the stack while the tree is built, and an alias without its anchor throws.
        YamlNode? root;
        try
        {
            if (YamlNesting.Load(text, out var shape) is not { } stream)
            {
                reader.Error(shape!.Line, shape.Column, shape.Code is { Length: > 0 } code ? code : DiagnosticCodes.InvalidTermsFile, $"{Name} is {shape.Message}");
                return [];
            }
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            reader.Error(e.Start.Line, e.Start.Column, DiagnosticCodes.InvalidTermsFile, $"{Name} is not valid YAML: {FrontMatterParser.YamlMessage(e)}");
            return [];
        }
        catch (InvalidOperationException)
        {
            reader.Error(1, 1, DiagnosticCodes.InvalidTermsFile, $"{Name} is not valid YAML: check for an unclosed [ ], {{ }} or quote");
            return [];
        }

        if (root is not YamlMappingNode map || reader.Get(map, "terms") is not YamlSequenceNode list)
        {
            reader.Error(1, 1, DiagnosticCodes.InvalidTermsFile, $"{Name} should start with 'terms:' followed by a list of entries ('- preferred: …')");
            return [];
        }
        reader.CheckKeys(map, Name, "terms");
        return [.. list.Children.Select(entry => ReadTerm(reader, entry)).OfType<Term>()];
    }

    private static Term? ReadTerm(YamlReader reader, YamlNode node)
    {
        if (node is not YamlMappingNode entry)
        {
            reader.Error(node, DiagnosticCodes.InvalidTermsFile, "each entry needs 'preferred:' and 'avoid:', e.g. '- { preferred: 上级, avoid: [经理], audience: employee }'");
            return null;
        }
        reader.CheckKeys(entry, "an entry", KnownKeys);
        var preferred = reader.String(entry, "preferred")?.Trim();
        var avoid = reader.Texts(entry, "avoid").Select(a => a.Trim()).Where(a => a.Length > 0).ToList();
        var audience = reader.Enum(entry, "audience", Audience.All);
        if (string.IsNullOrEmpty(preferred))
        {
            reader.Error(entry, DiagnosticCodes.InvalidTermsFile, "this entry has no 'preferred:' word; write the word the guide should use");
            return null;
        }
        if (avoid.Count == 0)
        {
            reader.Error(entry, DiagnosticCodes.InvalidTermsFile, $"the entry for '{preferred}' has no 'avoid:' list; write the variants to replace, e.g. avoid: [经理, 领导]");
            return null;
        }
        if (avoid.FirstOrDefault(a => a == preferred) is { } same)
        {
            reader.Error(reader.Get(entry, "avoid")!, DiagnosticCodes.InvalidTermsFile, $"'{same}' is both preferred and avoided; remove it from 'avoid'");
            return null;
        }
        return new Term(preferred, avoid, audience, reader.Texts(entry, "allow"), reader.String(entry, "note"), reader.Position(entry).Line);
    }
}
