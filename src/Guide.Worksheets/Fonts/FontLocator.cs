namespace Guide.Worksheets;

/// <summary>
/// Finds a Chinese TrueType font for the worksheet PDFs. Fonts are never committed, so the first
/// of these wins: (1) a path the user gave (site.yml or <c>--font</c>); (2) Noto Sans SC in the font
/// cache, fetched with <c>npm pack</c> when npm is available; (3) the system's CJK font from fc-match.
/// </summary>
public sealed class FontLocator
{
    /// <summary>The npm package that ships Noto Sans SC as plain .ttf files (SIL Open Font License).</summary>
    public const string NpmPackage = "@expo-google-fonts/noto-sans-sc@0.4.3";

    private const string PackageFolder = "noto-sans-sc-0.4.3";
    private const string RegularEntry = "package/400Regular/NotoSansSC_400Regular.ttf";
    private const string BoldEntry = "package/700Bold/NotoSansSC_700Bold.ttf";

    /// <summary>The cache folder: <c>$GUIDE_FONT_CACHE</c>, else <c>~/.cache/review-guide/fonts</c>.</summary>
    public string CacheFolder { get; init; } = DefaultCacheFolder();

    /// <summary>The folders searched for <c>npm</c> and <c>fc-match</c>; defaults to <c>$PATH</c>.</summary>
    public string SearchPath { get; init; } = Environment.GetEnvironmentVariable("PATH") ?? "";

    /// <summary>The cache path of the regular face, whether or not it exists yet.</summary>
    public string CachedRegular => Path.Combine(CacheFolder, PackageFolder, RegularEntry);

    /// <summary>The cache path of the bold face.</summary>
    public string CachedBold => Path.Combine(CacheFolder, PackageFolder, BoldEntry);

    /// <summary>
    /// The font to use, or null after adding one diagnostic that names all three ways to provide one.
    /// <paramref name="origin"/> says where <paramref name="explicitPath"/> came from (e.g. the site.yml path);
    /// <paramref name="explicitBoldPath"/> optionally gives its bold face; <paramref name="language"/> (the
    /// site's default) is what a system font must be made for.
    /// </summary>
    public FontFiles? Locate(string? explicitPath, string language, DiagnosticBag diagnostics, string origin = "--font", string? explicitBoldPath = null)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            var regular = Usable(explicitPath, diagnostics, origin);
            var bold = string.IsNullOrWhiteSpace(explicitBoldPath) || Usable(explicitBoldPath, diagnostics, origin);
            return regular && bold ? new FontFiles(explicitPath, NullIfEmpty(explicitBoldPath), 0, origin) : null;
        }

        if (FromCache() is { } cached)
        {
            return cached;
        }

        if (FromSystem(language) is { } system)
        {
            return system;
        }

        diagnostics.Add(Diagnostic.Error("fonts", 0, 0, DiagnosticCodes.FontNotFound,
            "no Chinese TrueType font found for the worksheet PDFs. Provide one of: " +
            "(1) a .ttf/.ttc path in site.yml or with --font; " +
            $"(2) Noto Sans SC in the font cache {CachedRegular} (install npm and the build fetches it with 'npm pack {NpmPackage}'); " +
            $"(3) a system CJK TrueType font that 'fc-match {SystemQuery(language)}' finds, e.g. apt-get install fonts-wqy-zenhei"));
        return null;
    }

    private static bool Usable(string path, DiagnosticBag diagnostics, string origin)
    {
        if (File.Exists(path) && TrueTypeCheck.IsTrueType(path))
        {
            return true;
        }

        diagnostics.Add(Diagnostic.Error(origin, 0, 0, DiagnosticCodes.FontUnusable, File.Exists(path)
            ? $"font '{path}' is not a TrueType .ttf or .ttc file (OpenType/CFF .otf fonts cannot be embedded in form fields)"
            : $"font file '{path}' does not exist"));
        return false;
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private FontFiles? FromCache()
    {
        if (!File.Exists(CachedRegular) && Executable("npm") is { } npm)
        {
            new FontFetcher(CacheFolder, PackageFolder).Fill(npm, NpmPackage, [RegularEntry, BoldEntry]);
        }

        return File.Exists(CachedRegular)
            ? new FontFiles(CachedRegular, File.Exists(CachedBold) ? CachedBold : null, 0, "cache")
            : null;
    }

    /// <summary>What fontconfig is asked for: a sans-serif face for the language (fontconfig writes languages in lower case).</summary>
    private static string SystemQuery(string language) => $"sans-serif:lang={language.ToLowerInvariant()}";

    private FontFiles? FromSystem(string language)
    {
        if (Executable("fc-match") is not { } fcMatch
            || !FontFetcher.Run(fcMatch, "-f %{file}|%{index} " + SystemQuery(language), Directory.GetCurrentDirectory(), out var output))
        {
            return null;
        }

        var parts = output.Trim().Split('|');
        var index = parts.Length > 1 && int.TryParse(parts[1], out var i) ? i : 0;
        var file = parts[0];
        return File.Exists(file) && TrueTypeCheck.IsTrueType(file) && TrueTypeCheck.HasChinese(file, index)
            ? new FontFiles(file, null, index, "system")
            : null;
    }

    private string? Executable(string name) =>
        SearchPath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    private static string DefaultCacheFolder() =>
        Environment.GetEnvironmentVariable("GUIDE_FONT_CACHE") is { Length: > 0 } folder
            ? folder
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "review-guide", "fonts");
}
