using System.Security.Cryptography;

namespace Guide.Rendering;

/// <summary>
/// Theme and generated assets under <c>assets/</c>, with a content hash in each CSS and JS name
/// (<c>assets/css/site.3f9a0c12.css</c>) so a new release never mixes with files a browser cached.
/// </summary>
public sealed class AssetManifest
{
    private readonly SortedDictionary<string, (string Path, byte[] Content)> _assets = new(StringComparer.Ordinal);

    /// <summary>Adds a file by its logical name (<c>css/site.css</c>) and returns its published path.</summary>
    public string Add(string logicalName, byte[] content)
    {
        var published = "assets/" + (IsHashed(logicalName) ? WithHash(logicalName, content) : logicalName);
        _assets[logicalName] = (published, content);
        return published;
    }

    public string? PathOf(string logicalName) => _assets.TryGetValue(logicalName, out var a) ? a.Path : null;

    public IEnumerable<(string Path, byte[] Content)> Files => _assets.Values;

    public static string Hash(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content))[..10];

    private static bool IsHashed(string name) => name.EndsWith(".css", StringComparison.Ordinal) || name.EndsWith(".js", StringComparison.Ordinal);

    private static string WithHash(string name, byte[] content)
    {
        var dot = name.LastIndexOf('.');
        return $"{name[..dot]}.{Hash(content)}{name[dot..]}";
    }
}
