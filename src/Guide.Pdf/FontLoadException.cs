namespace Guide.Pdf;

/// <summary>What went wrong when loading a font; lets a caller map each case to its own diagnostic.</summary>
public enum FontProblem
{
    /// <summary>The path does not exist or cannot be read.</summary>
    NotFound,

    /// <summary>The file is a font, but not one with TrueType (glyf) outlines, e.g. a CFF-based .otf.</summary>
    NotTrueType,

    /// <summary>The file is truncated or its tables contradict each other.</summary>
    Corrupt,

    /// <summary>A collection (.ttc) has no face with the requested index or name.</summary>
    FaceNotFound,
}

/// <summary>
/// A font could not be loaded. The message names the file and says how to fix it; no parser
/// detail such as an index error escapes from <see cref="PdfFont.Load(string, int)"/>.
/// </summary>
public sealed class FontLoadException : Exception
{
    /// <summary>Creates the exception for <paramref name="path"/>.</summary>
    public FontLoadException(string path, FontProblem problem, string message, Exception? inner = null)
        : base($"{path}: {message}", inner)
    {
        Path = path;
        Problem = problem;
    }

    /// <summary>The font file that failed to load.</summary>
    public string Path { get; }

    /// <summary>The kind of failure.</summary>
    public FontProblem Problem { get; }
}
