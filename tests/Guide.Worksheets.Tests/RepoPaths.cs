namespace Guide.Worksheets.Tests;

/// <summary>Finds the repository's folders from the test binary, wherever the tests run.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Worksheets => Path.Combine(Root, "worksheets");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Guide.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Guide.sln not found above the test binary");
    }
}
