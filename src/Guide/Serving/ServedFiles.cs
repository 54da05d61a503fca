using System.Net;
using System.Text;
using Guide.Theme.Model;
using Microsoft.AspNetCore.StaticFiles;

namespace Guide.Serving;

/// <summary>
/// How a request path maps onto the built files (folders answer with their index.html, as a web server
/// would), their content types, and the live-reload script added to every HTML answer, and only there.
/// </summary>
public static partial class ServedFiles
{
    public const string ScriptPath = "/__guide/live-reload.js";

    private static readonly FileExtensionContentTypeProvider Types = new();

    /// <summary>The file that answers <paramref name="requestPath"/>, or the folder address to redirect to (a page's relative links need its slash).</summary>
    public static (string? File, string? Redirect) Resolve(IReadOnlyDictionary<string, byte[]> files, string requestPath)
    {
        var path = requestPath.TrimStart('/');
        if (path.Length == 0 || path.EndsWith('/'))
        {
            path += "index.html";
        }
        if (files.ContainsKey(path))
        {
            return (path, null);
        }
        return files.ContainsKey(path + "/index.html") ? (null, "/" + path + "/") : (null, null);
    }

    public static string ContentType(string file)
    {
        var type = Types.TryGetContentType(file, out var known) ? known : "application/octet-stream";
        return type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "image/svg+xml"
            ? type + "; charset=utf-8"
            : type;
    }

    public static bool IsHtml(string file) => file.EndsWith(".html", StringComparison.Ordinal);

    /// <summary>
    /// The page with the live-reload script before its closing body tag; the script's version says which build
    /// the page came from, and its words for a failed build are the page's language's.
    /// </summary>
    public static byte[] WithReloadScript(byte[] html, int version)
    {
        var text = Encoding.UTF8.GetString(html);
        var lang = Lang().Match(text) is { Success: true } match ? match.Groups[1].Value : "";
        var words = ThemeWords.For([lang])[lang];
        string Attribute(string name, string key) => $" data-text-{name}=\"{WebUtility.HtmlEncode(words[key])}\"";
        var tag = $"<script src=\"{ScriptPath}\" data-version=\"{version.ToString(System.Globalization.CultureInfo.InvariantCulture)}\""
            + Attribute("failed", "serve.failed") + Attribute("keep", "serve.keep") + Attribute("close", "close") + "></script>";
        var end = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(end < 0 ? text + tag : text[..end] + tag + text[end..]);
    }

    [System.Text.RegularExpressions.GeneratedRegex("<html[^>]* lang=\"([^\"]+)\"")]
    private static partial System.Text.RegularExpressions.Regex Lang();

    /// <summary>What the server shows before the first build succeeded: the problems, and the script that reloads once it does.</summary>
    public static byte[] NotBuiltYet(IReadOnlyList<Diagnostic> problems)
    {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>The guide has not built yet</title></head><body>");
        html.Append("<h1>The guide has not built yet</h1><p>Fix these problems and save; this page reloads by itself.</p><pre>");
        foreach (var problem in problems)
        {
            html.Append(WebUtility.HtmlEncode(problem.ToString())).Append('\n');
        }
        html.Append("</pre></body></html>");
        return WithReloadScript(Encoding.UTF8.GetBytes(html.ToString()), 0);
    }
}
