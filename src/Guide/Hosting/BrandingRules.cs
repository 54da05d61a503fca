using System.Globalization;

namespace Guide.Hosting;

/// <summary>
/// What site.yml's branding must satisfy before a build may use it: a primary colour that stays
/// readable, and a logo that is really there. Each check answers with the problem, or null.
/// </summary>
public static class BrandingRules
{
    /// <summary>The light page background, <c>--bg</c> in theme/wwwroot/css/site.css; links in the brand colour sit on it.</summary>
    public const string PageBackground = "#fbfaf7";

    /// <summary>The text on brand-coloured pills (current reader path, current page in the sidebar): <c>--surface</c>.</summary>
    public const string TextOnBrand = "#ffffff";

    /// <summary>Checks <c>primaryColor</c>: its form, then WCAG AA against the background and under white text.</summary>
    public static (string Code, string Message)? ColourProblem(string colour)
    {
        if (ColourContrast.Parse(colour) is null)
        {
            return (DiagnosticCodes.InvalidSiteConfig,
                $"primaryColor should be a colour written #rrggbb, such as \"#1f5f8b\" (in quotes, since # starts a YAML comment), not '{colour}'");
        }
        var onPage = ColourContrast.Ratio(colour, PageBackground);
        var underText = ColourContrast.Ratio(colour, TextOnBrand);
        var worst = Math.Min(onPage, underText);
        if (worst >= ColourContrast.AaNormalText)
        {
            return null;
        }
        var where = onPage <= underText ? $"as link text on the page background {PageBackground}" : $"behind white text {TextOnBrand}";
        return (DiagnosticCodes.LowContrastColor, string.Create(CultureInfo.InvariantCulture,
            $"primaryColor {colour} has a contrast of {Floor(worst):0.00}:1 {where}; WCAG AA needs at least 4.5:1, so choose a darker shade (for example #1f5f8b)"));
    }

    /// <summary>Checks <c>logo</c>: a file below the input folder, given as a path relative to it.</summary>
    public static (string Code, string Message)? LogoProblem(string inputDir, string logo)
    {
        var relative = logo.TrimStart('/');
        // The build publishes files below input/ at the same path but skips hidden folders, and the
        // header links to the path as written, so "." and ".." segments would point somewhere else.
        if (relative.Length == 0 || relative.Contains('\\') || Path.IsPathRooted(relative)
            || relative.Split('/').Any(segment => segment.Length == 0 || segment.StartsWith('.')))
        {
            return (DiagnosticCodes.InvalidSiteConfig, $"logo '{logo}' should be a path below the input folder, such as assets/logo.svg");
        }
        if (!Content.PublishedFiles.IsImage(relative))
        {
            return (DiagnosticCodes.InvalidSiteConfig, $"logo '{logo}' should be an image ({string.Join(" ", Content.PublishedFiles.Images)})");
        }
        var full = Path.Combine(Path.GetFullPath(inputDir), relative);
        if (Entries.KindOf(full) == EntryKind.Missing)
        {
            return (DiagnosticCodes.MissingFile, $"logo '{logo}' does not exist; put the file at {DisplayPath.Of(full)} or correct the path");
        }
        return null;
    }

    // Rounded down, so a colour reported as 4.49:1 is never one that "passes" on screen as 4.50.
    private static double Floor(double ratio) => Math.Floor(ratio * 100) / 100;
}
