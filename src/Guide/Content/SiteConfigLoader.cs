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
        var reader = new YamlReader(display, diagnostics.Add, YamlRules.Settings(DiagnosticCodes.InvalidSiteConfig));
        YamlMappingNode root;
        try
        {
            if (YamlNesting.Load(text, out var shape) is not { } stream)
            {
                reader.Error(shape!.Line, shape.Column, shape.Code is { Length: > 0 } code ? code : DiagnosticCodes.InvalidSiteConfig, $"site.yml is {shape.Message}");
                return null;
            }
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode m)
            {
                diagnostics.Add(Diagnostic.Error(display, 1, 1, DiagnosticCodes.InvalidSiteConfig, "site.yml should be a list of 'key: value' settings"));
                return null;
            }
            root = m;
        }
        catch (YamlException e)
        {
            reader.Error(e.Start.Line, e.Start.Column, DiagnosticCodes.InvalidSiteConfig, $"site.yml is not valid YAML: {FrontMatterParser.YamlMessage(e)}");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these instead of a YamlException for some unclosed flow collections and broken aliases.
            diagnostics.Add(Diagnostic.Error(display, 1, 1, DiagnosticCodes.InvalidSiteConfig, "site.yml is not valid YAML: check for an unclosed [ ], { } or quote"));
            return null;
        }

        reader.CheckKeys(root, "site.yml", KnownKeys);
        var languages = ReadLanguages(reader, root);
        var worksheets = ReadWorksheets(reader, reader.Get(root, "worksheets") as YamlMappingNode);
        var config = new SiteConfig(
            Title: reader.Localized(root, "title"),
            Languages: languages,
            Repository: reader.String(root, "repository")?.TrimEnd('/'),
            EditBranch: reader.String(root, "editBranch") ?? "main",
            Internal: reader.Bool(root, "internal") ?? true,
            BaseUrl: reader.String(root, "baseUrl"),
            Organisation: reader.Localized(root, "organisation"),
            Logo: reader.String(root, "logo"),
            PrimaryColor: reader.String(root, "primaryColor"),
            Footer: reader.Localized(root, "footer"),
            Worksheets: worksheets);

        foreach (var key in new[] { "repository", "baseUrl" })
        {
            if (reader.String(root, key) is { } url && !LinkSchemes.IsWebAddress(url))
            {
                reader.Error(reader.Get(root, key)!, DiagnosticCodes.UnsafeLink, $"'{key}' should be a web address that starts with https:// (or http://), not '{url}'");
            }
        }
        if (config.PrimaryColor is { } colour && BrandingRules.ColourProblem(colour) is { } colourProblem)
        {
            reader.Error(reader.Get(root, "primaryColor")!, colourProblem.Code, colourProblem.Message);
        }
        if (config.Repository is { } repository && RepositoryRules.Problem(repository) is { } repositoryProblem)
        {
            reader.Error(reader.Get(root, "repository")!, repositoryProblem.Code, repositoryProblem.Message);
        }
        if (config.Logo is { } logo && BrandingRules.LogoProblem(inputDir, logo) is { } logoProblem)
        {
            reader.Error(reader.Get(root, "logo")!, logoProblem.Code, logoProblem.Message);
        }
        if (config.Title.IsEmpty)
        {
            reader.Error(1, 1, DiagnosticCodes.InvalidSiteConfig, $"site.yml needs a 'title', per language: title: {{ {string.Join(", ", languages.Select(l => $"{l.Code}: …"))} }}");
        }
        return reader.Failed || languages.Count == 0 ? null : config;
    }

    private static List<Language> ReadLanguages(YamlReader reader, YamlMappingNode root)
    {
        if (reader.Get(root, "languages") is not YamlSequenceNode seq || seq.Children.Count == 0)
        {
            reader.Error(1, 1, DiagnosticCodes.InvalidSiteConfig,
                "site.yml needs 'languages', a list of '- { code: <BCP 47 language code>, label: <the language's name in itself> }'; the first is the default");
            return [];
        }
        var languages = new List<Language>();
        foreach (var item in seq.Children)
        {
            if (item is YamlMappingNode m && reader.String(m, "code") is { Length: > 0 } code)
            {
                if (LanguageTags.Problem(code) is { } problem)
                {
                    reader.Error(reader.Get(m, "code")!, DiagnosticCodes.InvalidLanguage, problem);
                }
                else if (languages.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase)) is { } twin)
                {
                    reader.Error(reader.Get(m, "code")!, DiagnosticCodes.InvalidLanguage, $"the language '{twin.Code}' is listed twice; remove one of them");
                }
                else
                {
                    languages.Add(new Language(code, reader.String(m, "label") ?? code));
                }
            }
            else
            {
                reader.Error(item, DiagnosticCodes.InvalidSiteConfig, "each language needs a 'code', e.g. { code: en, label: English }");
            }
        }
        return languages;
    }

    private static WorksheetSettings ReadWorksheets(YamlReader reader, YamlMappingNode? node)
    {
        if (node is null)
        {
            return new WorksheetSettings("a4", false, null, null);
        }
        reader.CheckKeys(node, "worksheets", "paper", "bilingual", "font", "boldFont");
        var paper = (reader.String(node, "paper") ?? "a4").ToLowerInvariant();
        if (paper is not ("a4" or "letter"))
        {
            reader.Error(reader.Get(node, "paper")!, DiagnosticCodes.InvalidSiteConfig, $"worksheets.paper should be a4 or letter, not '{paper}'");
        }
        return new WorksheetSettings(paper, reader.Bool(node, "bilingual") ?? false, reader.String(node, "font"), reader.String(node, "boldFont"));
    }
}
