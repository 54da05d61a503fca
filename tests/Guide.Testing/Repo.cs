namespace Guide.Testing;

/// <summary>Paths of the real repository, found from the test binaries by walking up to Guide.sln.</summary>
public static class Repo
{
    public static string Root { get; } = Find();

    public static string Input => Path.Combine(Root, "input");

    public static string Worksheets => Path.Combine(Root, "worksheets");

    public static string Rehearsals => Path.Combine(Root, "rehearsals");

    /// <summary>The npm test engines (axe-core, pdf.js, PDFium) that <c>npm ci</c> installs in <c>tests/engines</c>.</summary>
    public static string Engines => Path.Combine(Root, "tests", "engines");

    /// <summary>The seed articles sit in <c>../shared/seeds</c> beside the repository, when they are there at all.</summary>
    public static string Seeds => Path.Combine(Root, "..", "shared", "seeds");

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Guide.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Guide.sln not found above " + AppContext.BaseDirectory);
    }
}
