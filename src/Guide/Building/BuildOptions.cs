namespace Guide.Building;

/// <summary>What one build reads and writes, and how.</summary>
public sealed record BuildOptions(string InputDir, string OutputDir)
{
    /// <summary>The worksheet definitions; by default <c>worksheets/</c> beside the input folder.</summary>
    public string? WorksheetsDir { get; init; }

    /// <summary>Links end in <c>index.html</c>, so the site works opened from disk.</summary>
    public bool Portable { get; init; }

    /// <summary>A TrueType font for the PDFs, overriding site.yml.</summary>
    public string? FontPath { get; init; }

    /// <summary>Build the PDFs too. Off in tests of the site alone and in the editing loop, where they dominate the time.</summary>
    public bool Worksheets { get; init; } = true;

    /// <summary>Also write <c>.gz</c> and <c>.br</c> copies of the text files, for servers that send them as they are.</summary>
    public bool Precompress { get; init; }

    /// <summary>Also pack the site into this zip file, for opening from disk.</summary>
    public string? ZipPath { get; init; }

    /// <summary>
    /// Take the theme's CSS and JS from this wwwroot folder instead of the copies built into the program.
    /// The dev server passes <c>theme/wwwroot</c> so that a theme edit shows on save.
    /// </summary>
    public string? ThemeAssetsDir { get; init; }

    /// <summary>The rehearsal definitions; by default <c>rehearsals/</c> beside the input folder.</summary>
    public string? RehearsalsDir { get; init; }

    /// <summary>A page's address as links and the search index name it: with <c>index.html</c> in portable builds.</summary>
    public string Route(string url) => Portable && url.EndsWith('/') ? url + "index.html" : url;

    public string ResolvedRehearsalsDir => RehearsalsDir ?? Beside("rehearsals");

    public string ResolvedWorksheetsDir =>
        WorksheetsDir ?? Beside("worksheets");

    private string Beside(string folder) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(InputDir).TrimEnd(Path.DirectorySeparatorChar))!, folder);
}
