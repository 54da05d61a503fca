namespace Guide.Content;

/// <summary>
/// Reads every page below <c>input/&lt;lang&gt;/</c>. Folders at the top of <c>input/</c> must be a
/// language from <c>site.yml</c> or <c>assets</c>; anything else is most likely a mistyped language.
/// </summary>
public static class ContentLoader
{
    public const string AssetsFolder = "assets";

    public static IReadOnlyList<Page> Load(string inputDir, SiteConfig config, DiagnosticBag diagnostics)
    {
        foreach (var dir in Directory.GetDirectories(inputDir).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(dir);
            if (name != AssetsFolder && !config.HasLanguage(name) && !name.StartsWith('.'))
            {
                var known = string.Join(", ", config.Languages.Select(l => l.Code));
                var suggestion = Suggest.Closest(name, config.Languages.Select(l => l.Code));
                var hint = suggestion is null ? $"the languages in site.yml are {known}" : $"did you mean '{suggestion}'?";
                diagnostics.Add(Diagnostic.Error(DisplayPath.Of(dir), 0, 0, DiagnosticCodes.UnknownLanguage,
                    $"'{name}' is not a language in site.yml; {hint} (or add it to 'languages')"));
            }
        }

        var pages = new List<Page>();
        foreach (var language in config.Languages)
        {
            var root = Path.Combine(inputDir, language.Code);
            if (!Directory.Exists(root))
            {
                continue;
            }
            var files = Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal);
            pages.AddRange(files
                .AsParallel()
                .AsOrdered()
                .Select(relative => LoadPage(language.Code, relative, Path.Combine(root, relative), diagnostics))
                .OfType<Page>());
        }

        ReportDuplicateOutputs(pages, diagnostics);
        return pages;
    }

    private static Page? LoadPage(string lang, string relative, string fullPath, DiagnosticBag diagnostics)
    {
        var display = DisplayPath.Of(fullPath);
        string text;
        try
        {
            text = File.ReadAllText(fullPath);
        }
        catch (IOException e)
        {
            diagnostics.Add(Diagnostic.Error(display, 0, 0, DiagnosticCodes.UnreadableFile, $"cannot read the file: {e.Message}"));
            return null;
        }

        var parsed = FrontMatterParser.Parse(display, text);
        diagnostics.AddRange(parsed.Diagnostics);
        return parsed.Meta is null ? null : new Page(lang, relative, display, parsed.Meta, parsed.Body, parsed.BodyLine);
    }

    private static void ReportDuplicateOutputs(List<Page> pages, DiagnosticBag diagnostics)
    {
        foreach (var group in pages.GroupBy(p => p.Url).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var other in group.Skip(1))
            {
                diagnostics.Add(Diagnostic.Error(other.SourcePath, 1, 1, DiagnosticCodes.DuplicateOutput,
                    $"this page and {first.SourcePath} would both be published at {group.Key}; rename or remove one of them"));
            }
        }
    }
}
