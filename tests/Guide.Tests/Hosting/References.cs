using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Guide.Tests.Hosting;

/// <summary>One address a file points to: the element and attribute it sits in, and its text as written.</summary>
public sealed partial record Reference(string Element, string Attribute, string Raw)
{
    /// <summary>Only a link the reader clicks may leave the site (the "edit this page" link); nothing may load from outside.</summary>
    public bool IsClickable => Element == "a";

    /// <summary>An address with its own scheme or host (<c>https:</c>, <c>mailto:</c>, <c>//host</c>): outside the site.</summary>
    public bool IsOutside => Raw.StartsWith("//", StringComparison.Ordinal) || SchemePrefix().IsMatch(Raw);

    /// <summary>An address from the server root (<c>/assets/…</c>): it breaks as soon as the site sits under a sub-path.</summary>
    public bool IsRootAbsolute => Raw.StartsWith('/') && !Raw.StartsWith("//", StringComparison.Ordinal);

    public override string ToString() => $"<{Element} {Attribute}=\"{Raw}\">";

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex SchemePrefix();
}

/// <summary>Finds every address in HTML (links, assets, the search box's index scripts) and in CSS (<c>url()</c>).</summary>
public static partial class References
{
    /// <summary>The attributes that make a browser load or navigate; data-index and data-other-index are loaded by search.js.</summary>
    public static readonly IReadOnlyList<string> Attributes = ["href", "src", "srcset", "poster", "action", "data-index", "data-other-index"];

    public static IEnumerable<Reference> InHtml(IDocument document)
    {
        foreach (var element in document.All)
        {
            foreach (var name in Attributes)
            {
                if (element.GetAttribute(name) is not { Length: > 0 } value)
                {
                    continue;
                }
                var values = name == "srcset" ? value.Split(',').Select(c => c.Trim().Split(' ')[0]) : [value.Trim()];
                foreach (var raw in values.Where(v => v.Length > 0))
                {
                    yield return new Reference(element.LocalName, name, raw);
                }
            }
        }
    }

    public static IEnumerable<Reference> InCss(string css) =>
        CssUrl().Matches(css).Select(m => m.Groups["url"].Value.Trim()).Where(u => u.Length > 0 && !u.StartsWith("data:", StringComparison.Ordinal))
            .Select(u => new Reference("css", "url", u));

    [GeneratedRegex("""url\(\s*(['"]?)(?<url>[^'")]*)\1\s*\)""")]
    private static partial Regex CssUrl();
}
