using System.Text.RegularExpressions;

namespace Guide.Markdown;

/// <summary>
/// Which links content may carry: <c>http</c>, <c>https</c>, <c>mailto</c>, paths relative to the page and
/// <c>#headings</c>. A scheme is read the way a browser reads it, so <c>JavaScript:</c>, <c>&#160;javascript:</c>
/// or <c>java&#9;script:</c> are all <c>javascript</c>. The pages' CSP would stop most script URLs; the
/// generator refuses them itself, because a copied page or a lax server may not send that header.
/// </summary>
public static partial class LinkSchemes
{
    public static readonly IReadOnlyList<string> Allowed = ["http", "https", "mailto"];

    /// <summary>The scheme in lowercase, or null for a relative link (a path, <c>#anchor</c> or <c>//host</c>).</summary>
    public static string? SchemeOf(string url)
    {
        // The URL standard drops leading and trailing C0 controls and spaces, and tabs and newlines anywhere.
        var cleaned = url.Trim(TrimmedByBrowsers).Replace("\t", "").Replace("\n", "").Replace("\r", "");
        var match = Scheme().Match(cleaned);
        return match.Success ? match.Groups[1].Value.ToLowerInvariant() : null;
    }

    /// <summary>Null when content may link to <paramref name="url"/>; otherwise why not, as the rest of a sentence.</summary>
    public static string? Problem(string url)
    {
        var scheme = SchemeOf(url);
        if (scheme is null)
        {
            return url.TrimStart(TrimmedByBrowsers).StartsWith("//", StringComparison.Ordinal)
                || url.TrimStart(TrimmedByBrowsers).StartsWith(@"\\", StringComparison.Ordinal)
                ? $"'{url}' leaves out the scheme; write https:// in front of the address"
                : null;
        }
        if (Allowed.Contains(scheme))
        {
            return null;
        }
        if (WindowsPath().IsMatch(url))
        {
            return $"'{url}' is a path on a computer, which readers cannot open; put the file below input/ and link to it relative to this page, e.g. ../../assets/x.png";
        }
        return $"'{scheme}:' links are not allowed; a link may be http, https, mailto, a path relative to this page, or a #heading";
    }

    /// <summary>True for an absolute http or https address with a host: what site.yml's URLs must be.</summary>
    public static bool IsWebAddress(string url) =>
        SchemeOf(url) is "http" or "https"
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && uri.Host.Length > 0
        && url.Trim() == url
        && !url.Any(char.IsControl);

    private static readonly char[] TrimmedByBrowsers = [.. Enumerable.Range(0, 0x21).Select(c => (char)c)];

    [GeneratedRegex("^([A-Za-z][A-Za-z0-9+.-]*):")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"^[A-Za-z]:[\\/]")]
    private static partial Regex WindowsPath();
}
