using Guide.Hosting;
using Guide.Markdown;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Guide.Content;

/// <summary>Reads <c>input/site.yml</c>. A missing or broken file is reported, never thrown.</summary>
public static class SiteConfigLoader
{
    public static readonly IReadOnlyList<string> KnownKeys =
        ["title", "languages", "repository", "editBranch", "internal", "baseUrl", "organisation", "logo", "primaryColor", "footer", "worksheets"];

    public static SiteConfig? Load(string inputDir, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(inputDir, "site.yml");
        var display = DisplayPath.Of(path);
        if (Entries.KindOf(path) == EntryKind.Missing)
        {
            diagnostics.Add(Diagnostic.Error(display, 0, 0, DiagnosticCodes.InvalidSiteConfig,
                "site.yml is missing; every guide needs one with at least 'title' and 'languages'"));
            return null;
        }
        if (InputFile.ReadText(path, inputDir, display, diagnostics) is not { } text)
        {
            return null;
        }
        if (YamlNesting.Check(text) is { } shape)
        {
            diagnostics.Add(Diagnostic.Error(display, shape.Line, shape.Column, shape.Code is { Length: > 0 } code ? code : DiagnosticCodes.InvalidSiteConfig,
                $"site.yml is {shape.Message}"));
            return null;
        }

        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode m)
            {
                diagnostics.Add(Diagnostic.Error(display, 1, 1, DiagnosticCodes.InvalidSiteConfig, "site.yml should be a list of 'key: value' settings"));
                return null;
            }
            root = m;
        }
        catch (YamlException e)
        {
            var (line, col) = YamlPosition.InFile(e.Start, 1);
            diagnostics.Add(Diagnostic.Error(display, line, col, DiagnosticCodes.InvalidSiteConfig, $"site.yml is not valid YAML: {FrontMatterParser.YamlMessage(e)}"));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these instead of a YamlException for some unclosed flow collections and broken aliases.
            diagnostics.Add(Diagnostic.Error(display, 1, 1, DiagnosticCodes.InvalidSiteConfig, "site.yml is not valid YAML: check for an unclosed [ ], { } or quote"));
            return null;
        }

        var found = new List<Diagnostic>();
        var reader = new MappingReader(display, root, 1, found);
        reader.ReportUnknownKeys(KnownKeys);
        var languages = ReadLanguages(display, reader, found);
        var worksheets = ReadWorksheets(display, reader.Node("worksheets") as YamlMappingNode, found);
        var config = new SiteConfig(
            Title: reader.Localized("title"),
            Languages: languages,
            Repository: reader.String("repository")?.TrimEnd('/'),
            EditBranch: reader.String("editBranch") ?? "main",
            Internal: reader.Bool("internal") ?? true,
            BaseUrl: reader.String("baseUrl"),
            Organisation: reader.Localized("organisation"),
            Logo: reader.String("logo"),
            PrimaryColor: reader.String("primaryColor"),
            Footer: reader.Localized("footer"),
            Worksheets: worksheets);

        foreach (var key in new[] { "repository", "baseUrl" })
        {
            if (reader.String(key) is { } url && !LinkSchemes.IsWebAddress(url))
            {
                reader.Report(reader.Node(key)!, DiagnosticCodes.UnsafeLink, $"'{key}' should be a web address that starts with https:// (or http://), not '{url}'");
            }
        }
        if (config.PrimaryColor is { } colour && BrandingRules.ColourProblem(colour) is { } colourProblem)
        {
            reader.Report(reader.Node("primaryColor")!, colourProblem.Code, colourProblem.Message);
        }
        if (config.Repository is { } repository && RepositoryRules.Problem(repository) is { } repositoryProblem)
        {
            reader.Report(reader.Node("repository")!, repositoryProblem.Code, repositoryProblem.Message);
        }
        if (config.Logo is { } logo && BrandingRules.LogoProblem(inputDir, logo) is { } logoProblem)
        {
            reader.Report(reader.Node("logo")!, logoProblem.Code, logoProblem.Message);
        }
        if (config.Title.IsEmpty)
        {
            found.Add(Diagnostic.Error(display, 1, 1, DiagnosticCodes.InvalidSiteConfig, $"site.yml needs a 'title', per language: title: {{ {string.Join(", ", languages.Select(l => $"{l.Code}: …"))} }}"));
        }
        diagnostics.AddRange(found.Select(d => d.Code == DiagnosticCodes.InvalidFrontMatter ? d with { Code = DiagnosticCodes.InvalidSiteConfig } : d));
        return found.Any(d => d.IsError) || languages.Count == 0 ? null : config;
    }

    private static List<Language> ReadLanguages(string display, MappingReader reader, List<Diagnostic> found)
    {
        if (reader.Node("languages") is not YamlSequenceNode seq || seq.Children.Count == 0)
        {
            found.Add(Diagnostic.Error(display, 1, 1, DiagnosticCodes.InvalidSiteConfig,
                "site.yml needs 'languages', a list of '- { code: <BCP 47 language code>, label: <the language's name in itself> }'; the first is the default"));
            return [];
        }
        var languages = new List<Language>();
        foreach (var item in seq.Children)
        {
            if (item is YamlMappingNode m && new MappingReader(display, m, 1, found) is var r && r.String("code") is { Length: > 0 } code)
            {
                if (LanguageTags.Problem(code) is { } problem)
                {
                    r.Report(r.Node("code")!, DiagnosticCodes.InvalidLanguage, problem);
                }
                else if (languages.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase)) is { } twin)
                {
                    r.Report(r.Node("code")!, DiagnosticCodes.InvalidLanguage, $"the language '{twin.Code}' is listed twice; remove one of them");
                }
                else
                {
                    languages.Add(new Language(code, r.String("label") ?? code));
                }
            }
            else
            {
                var (line, col) = reader.Position(item);
                found.Add(Diagnostic.Error(display, line, col, DiagnosticCodes.InvalidSiteConfig, "each language needs a 'code', e.g. { code: en, label: English }"));
            }
        }
        return languages;
    }

    private static WorksheetSettings ReadWorksheets(string display, YamlMappingNode? node, List<Diagnostic> found)
    {
        if (node is null)
        {
            return new WorksheetSettings("a4", false, null, null);
        }
        var r = new MappingReader(display, node, 1, found);
        r.ReportUnknownKeys(["paper", "bilingual", "font", "boldFont"]);
        var paper = (r.String("paper") ?? "a4").ToLowerInvariant();
        if (paper is not ("a4" or "letter"))
        {
            r.Report(r.Node("paper")!, DiagnosticCodes.InvalidSiteConfig, $"worksheets.paper should be a4 or letter, not '{paper}'");
        }
        return new WorksheetSettings(paper, r.Bool("bilingual") ?? false, r.String("font"), r.String("boldFont"));
    }
}
