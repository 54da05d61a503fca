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
        var found = new List<Diagnostic>();
        if (InputFile.ReadText(path, inputDir, display, diagnostics) is not { } text)
        {
            return new TermList(display, []);
        }
        var terms = Read(display, text, found);
        // MappingReader reports value problems as front-matter problems; here they are this file's.
        diagnostics.AddRange(found.Select(d => d.Code == DiagnosticCodes.InvalidFrontMatter ? d with { Code = DiagnosticCodes.InvalidTermsFile } : d));
        return found.Any(d => d.IsError) ? new TermList(display, []) : new TermList(display, terms);
    }

    private static List<Term> Read(string display, string text, List<Diagnostic> found)
    {
        YamlNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            var (line, col) = YamlPosition.InFile(e.Start, 1);
            found.Add(Error(display, line, col, $"{Name} is not valid YAML: {FrontMatterParser.YamlMessage(e)}"));
            return [];
        }
        catch (InvalidOperationException)
        {
            found.Add(Error(display, 1, 1, $"{Name} is not valid YAML: check for an unclosed [ ], {{ }} or quote"));
            return [];
        }

        if (root is not YamlMappingNode map || new MappingReader(display, map, 1, found) is not { } reader
            || reader.Node("terms") is not YamlSequenceNode list)
        {
            found.Add(Error(display, 1, 1, $"{Name} should start with 'terms:' followed by a list of entries ('- preferred: …')"));
            return [];
        }
        reader.ReportUnknownKeys(["terms"]);
        return [.. list.Children.Select(entry => ReadTerm(display, entry, found)).OfType<Term>()];
    }

    private static Term? ReadTerm(string display, YamlNode node, List<Diagnostic> found)
    {
        var (line, col) = YamlPosition.InFile(node.Start, 1);
        if (node is not YamlMappingNode entry)
        {
            found.Add(Error(display, line, col, "each entry needs 'preferred:' and 'avoid:', e.g. '- { preferred: 上级, avoid: [经理], audience: employee }'"));
            return null;
        }
        var reader = new MappingReader(display, entry, 1, found);
        reader.ReportUnknownKeys(KnownKeys);
        var preferred = reader.String("preferred")?.Trim();
        var avoid = reader.List("avoid").Select(a => a.Trim()).Where(a => a.Length > 0).ToList();
        var audience = reader.Enum("audience", Audience.All);
        if (string.IsNullOrEmpty(preferred))
        {
            found.Add(Error(display, line, col, "this entry has no 'preferred:' word; write the word the guide should use"));
            return null;
        }
        if (avoid.Count == 0)
        {
            found.Add(Error(display, line, col, $"the entry for '{preferred}' has no 'avoid:' list; write the variants to replace, e.g. avoid: [经理, 领导]"));
            return null;
        }
        if (avoid.FirstOrDefault(a => a == preferred) is { } same)
        {
            var (l, c) = reader.Position(reader.Node("avoid")!);
            found.Add(Error(display, l, c, $"'{same}' is both preferred and avoided; remove it from 'avoid'"));
            return null;
        }
        return new Term(preferred, avoid, audience, reader.List("allow"), reader.String("note"), line);
    }

    private static Diagnostic Error(string path, int line, int column, string message) =>
        Diagnostic.Error(path, line, column, DiagnosticCodes.InvalidTermsFile, message);
}
