namespace Guide.Content;

/// <summary>
/// Files at the top of <c>input/</c> that configure the guide instead of being part of it: the build
/// reads them and never publishes them (the terms list is for editors, not readers).
/// </summary>
public static class SettingsFiles
{
    public const string SiteYml = "site.yml";

    /// <summary>Preferred and avoided words, read by <c>check</c>.</summary>
    public const string TermsYml = "terms.yml";

    public static bool Contains(string relativePath) => relativePath == SiteYml || relativePath == TermsYml;
}
