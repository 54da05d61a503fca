using System.Reflection;
using Guide.Theme.Model;

namespace Guide.Rendering;

/// <summary>
/// The theme's files (CSS, JS), embedded in the theme assembly so the generator finds them wherever
/// it runs from. Its UI words are <see cref="ThemeWords"/>.
/// </summary>
public static class ThemeResources
{
    private static readonly Assembly ThemeAssembly = typeof(PageView).Assembly;

    /// <summary>Every file below <c>theme/wwwroot/</c>, by its path there (<c>css/site.css</c>), in ordinal order.</summary>
    public static IReadOnlyList<(string Path, byte[] Content)> Files() =>
        [.. ThemeAssembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("wwwroot/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n["wwwroot/".Length..], Read(n)))];

    private static byte[] Read(string name)
    {
        using var stream = ThemeAssembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
