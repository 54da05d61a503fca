namespace Guide.Content;

/// <summary>
/// Pages the generated navigation always links to: each language's home page (the language choice and
/// every header link there) and each section's own page (the sidebar links every section). Without one,
/// dozens of generated links would lead nowhere, so its absence is an error, reported where the file belongs.
/// </summary>
public static class NavigationRules
{
    public static void Check(Site site, string inputDir, DiagnosticBag diagnostics)
    {
        foreach (var language in site.Config.Languages)
        {
            var lang = language.Code;
            if (site.Home(lang) is null)
            {
                diagnostics.Add(Missing(inputDir, lang, "index.md",
                    $"the {language.Label} home page is missing, and the language choice and every {language.Label} page link to it; create it with front matter and a title, like the home page of the other language"));
            }
            foreach (var section in site.Sections(lang).Where(s => s.Index is null))
            {
                diagnostics.Add(Missing(inputDir, lang, $"{section.Name}/index.md",
                    $"the section '{section.Name}' has no page of its own, and the sidebar of every {language.Label} page links to it; create it with 'guide new page {section.Name}/index'"));
            }
        }
    }

    private static Diagnostic Missing(string inputDir, string lang, string relative, string message) =>
        Diagnostic.Error(DisplayPath.Of(Path.Combine(inputDir, lang, relative)), 0, 0, DiagnosticCodes.BrokenLink, message);
}
