namespace Guide.Content;

/// <summary>
/// Reads every page below <c>input/&lt;lang&gt;/</c>. Folders at the top of <c>input/</c> must be a
/// language from <c>site.yml</c> or <c>assets</c>; anything else is most likely a mistyped language.
/// </summary>
public static class ContentLoader
{
    public const string AssetsFolder = "assets";

    /// <summary>Addresses below each language folder where the build writes pages of its own.</summary>
    public static readonly IReadOnlyList<string> GeneratedFolders = ["print", "worksheets", .. PreparationPages.Folders];

    public static IReadOnlyList<Page> Load(string inputDir, SiteConfig config, DiagnosticBag diagnostics) =>
        Load(inputDir, config, InputTree.Walk(inputDir, diagnostics), diagnostics);

    /// <param name="frontMatter">
    /// Splits a page's text (with the path it is reported at) into front matter and body; a build passes
    /// <see cref="FrontMatterParser.Parse"/> through its memo, so a save reads only the changed page's YAML again.
    /// </param>
    public static IReadOnlyList<Page> Load(string inputDir, SiteConfig config, InputTree tree, DiagnosticBag diagnostics,
        Func<string, string, FrontMatterParser.Result>? frontMatter = null)
    {
        frontMatter ??= FrontMatterParser.Parse;
        foreach (var dir in Directory.GetDirectories(inputDir).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(dir);
            if (name != AssetsFolder && !config.HasLanguage(name) && !InputTree.IsIgnored(name))
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
            var prefix = language.Code + "/";
            pages.AddRange(tree.Files
                .Where(f => f.RelativePath.StartsWith(prefix, StringComparison.Ordinal) && f.RelativePath.EndsWith(".md", StringComparison.Ordinal))
                .AsParallel()
                .AsOrdered()
                .Select(f => FileProcessingException.About(f.Display, () => LoadPage(language.Code, f.RelativePath[prefix.Length..], f, inputDir, diagnostics, frontMatter)))
                .OfType<Page>());
        }

        ReportDuplicateOutputs(pages, diagnostics);
        return pages;
    }

    private static Page? LoadPage(string lang, string relative, InputEntry file, string inputDir, DiagnosticBag diagnostics,
        Func<string, string, FrontMatterParser.Result> frontMatter)
    {
        var display = file.Display;
        if (InputFile.ReadText(file.ReadPath, inputDir, display, diagnostics) is not { } text)
        {
            return null;
        }

        var parsed = frontMatter(display, text);
        diagnostics.AddRange(parsed.Diagnostics);
        return parsed.Meta is null ? null : new Page(lang, relative, display, parsed.Meta, parsed.Body, parsed.BodyLine)
        {
            BodySource = BodySource(file, inputDir, parsed.Body, parsed.BodyLine),
        };
    }

    /// <summary>
    /// Reads a page's body again as it was loaded, and refuses a file that changed since: the site would
    /// otherwise show one version of the page and index or check another.
    /// </summary>
    private static Func<string> BodySource(InputEntry file, string inputDir, string loaded, int bodyLine)
    {
        var (length, hash) = (loaded.Length, loaded.GetHashCode(StringComparison.Ordinal));
        return () =>
        {
            var bag = new DiagnosticBag();
            var text = InputFile.ReadText(file.ReadPath, inputDir, file.Display, bag);
            var body = text is null ? null : FrontMatterParser.BodyOf(text, bodyLine);
            if (body is null || body.Length != length || body.GetHashCode(StringComparison.Ordinal) != hash)
            {
                throw new IOException("the page changed or went away while the guide was building it; build again");
            }
            return body;
        };
    }

    private static void ReportDuplicateOutputs(List<Page> pages, DiagnosticBag diagnostics)
    {
        foreach (var page in pages)
        {
            var folder = page.Url[(page.Lang.Length + 1)..].Split('/')[0];
            if (GeneratedFolders.Contains(folder))
            {
                diagnostics.Add(Diagnostic.Error(page.SourcePath, 1, 1, DiagnosticCodes.DuplicateOutput,
                    $"this page would be published at {page.Url}, where the guide writes its own {folder} pages; rename it or move it into another folder"));
            }
        }
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
