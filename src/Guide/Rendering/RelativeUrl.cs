namespace Guide.Rendering;

/// <summary>
/// Links between output files, always relative, so the folder works under any base path and from disk.
/// URLs here are paths below the site root: <c>zh-CN/before/</c> for a page, <c>assets/site.css</c> for a file.
/// </summary>
public static class RelativeUrl
{
    /// <summary>The path from the page at <paramref name="fromPage"/> back to the site root: <c>../../</c>.</summary>
    public static string ToRoot(string fromPage)
    {
        var depth = Directory(fromPage).Count(c => c == '/');
        return depth == 0 ? "./" : string.Concat(Enumerable.Repeat("../", depth));
    }

    /// <summary>The shortest relative link from a page to a target below the root.</summary>
    public static string From(string fromPage, string target, bool portable = false)
    {
        var (path, fragment) = Split(target);
        if (portable && (path.Length == 0 || path.EndsWith('/')))
        {
            path += "index.html";
        }
        var fromParts = Directory(fromPage).Split('/', StringSplitOptions.RemoveEmptyEntries);
        var toParts = path.Split('/');
        var common = 0;
        while (common < fromParts.Length && common < toParts.Length - 1 && fromParts[common] == toParts[common])
        {
            common++;
        }
        var up = string.Concat(Enumerable.Repeat("../", fromParts.Length - common));
        var down = string.Join('/', toParts[common..]);
        var result = up + down;
        if (result.Length == 0)
        {
            result = "./";
        }
        return result + fragment;
    }

    /// <summary>A link written on the page at <paramref name="pageUrl"/> (<c>../during/</c>) as a path below the site root (<c>zh-CN/during/</c>).</summary>
    public static string Below(string pageUrl, string relative)
    {
        var (path, fragment) = Split(relative);
        var parts = pageUrl.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..")
            {
                // Above the site root there is nothing: a browser stays at the root too.
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (segment is not ("." or ""))
            {
                parts.Add(segment);
            }
        }
        var joined = string.Join('/', parts);
        if (path.EndsWith('/') || path.Length == 0)
        {
            joined += "/";
        }
        return joined + fragment;
    }

    private static string Directory(string pageUrl)
    {
        var slash = pageUrl.LastIndexOf('/');
        return slash < 0 ? "" : pageUrl[..(slash + 1)];
    }

    private static (string Path, string Fragment) Split(string target)
    {
        var hash = target.IndexOf('#');
        return hash < 0 ? (target, "") : (target[..hash], target[hash..]);
    }
}
