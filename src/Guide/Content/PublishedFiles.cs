namespace Guide.Content;

/// <summary>
/// The files below <c>input/</c> that the site publishes as they are, keeping their place: images,
/// PDFs and fonts. Anything else is refused rather than copied, because a web page or a script beside
/// the guide would run on the guide's own address, and a stray document would be published to everyone.
/// </summary>
public static class PublishedFiles
{
    /// <summary>Pictures a page can show.</summary>
    public static readonly IReadOnlyList<string> Images = [".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg"];

    /// <summary>The extensions published, lowercase: what pages show or link to, and nothing that runs.</summary>
    public static readonly IReadOnlyList<string> Allowed = [.. Images, ".pdf", ".woff2", ".woff", ".ttf", ".otf"];

    public static bool IsAllowed(string path) => Allowed.Contains(Path.GetExtension(path).ToLowerInvariant());

    public static bool IsImage(string path) => Images.Contains(Path.GetExtension(path).ToLowerInvariant());

    /// <summary>
    /// The files to publish; every other file that is not a page or a settings file (site.yml, terms.yml) is reported. Files in a folder
    /// that is not a language are left to GUIDE003, which names the folder once.
    /// </summary>
    public static IReadOnlyList<InputEntry> From(InputTree tree, SiteConfig config, DiagnosticBag diagnostics)
    {
        var published = new List<InputEntry>();
        foreach (var file in tree.Files)
        {
            var slash = file.RelativePath.IndexOf('/');
            var top = slash < 0 ? "" : file.RelativePath[..slash];
            var inLanguage = config.HasLanguage(top);
            if (SettingsFiles.Contains(file.RelativePath) || (inLanguage && file.RelativePath.EndsWith(".md", StringComparison.Ordinal))
                || (top.Length > 0 && !inLanguage && top != ContentLoader.AssetsFolder))
            {
                continue;
            }
            if (inLanguage && file.RelativePath[(slash + 1)..].Split('/') is [var folder, _, ..] && ContentLoader.GeneratedFolders.Contains(folder))
            {
                // Found here rather than when the files are copied, so that check reports it too.
                diagnostics.Add(Diagnostic.Error(file.Display, 0, 0, DiagnosticCodes.DuplicateOutput,
                    $"files below {top}/{folder}/ would mix with the {folder} pages the guide writes there; move it to input/assets/"));
                continue;
            }
            if (!IsAllowed(file.RelativePath))
            {
                diagnostics.Add(Diagnostic.Error(file.Display, 0, 0, DiagnosticCodes.FileTypeNotPublished, Refusal(file.RelativePath, config.Languages)));
                continue;
            }
            if (file.RelativePath.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) && !SvgRules.Check(file, diagnostics))
            {
                continue;
            }
            published.Add(file);
        }
        return published;
    }

    private static string Refusal(string relative, IReadOnlyList<Language> languages)
    {
        var name = Path.GetFileName(relative);
        var allowed = string.Join(" ", Allowed);
        return name switch
        {
            "site.yaml" => "the settings file is read only as site.yml; rename it",
            _ when relative.EndsWith(".md", StringComparison.Ordinal) =>
                $"pages go into a language folder ({string.Join(", ", languages.Select(l => $"input/{l.Code}/"))}); move this file there",
            _ when relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase) => "pages end in .md in lowercase letters; rename the file",
            _ => $"'{name}' would be published as it is, and the guide publishes only images, PDFs and fonts ({allowed}); remove it, or link to it from somewhere else",
        };
    }
}
