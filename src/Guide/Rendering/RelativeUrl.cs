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
    /// <remarks>Every page's navigation makes a hundred of these, so it is built in one buffer, not from split parts.</remarks>
    public static string From(string fromPage, string target, bool portable = false)
    {
        var hash = target.IndexOf('#');
        var path = hash < 0 ? target.AsSpan() : target.AsSpan(0, hash);
        var fragment = hash < 0 ? [] : target.AsSpan(hash);
        var index = portable && (path.Length == 0 || path[^1] == '/') ? "index.html" : "";
        var folder = fromPage.AsSpan(0, fromPage.LastIndexOf('/') + 1);

        // Walk the page's folders and the target's down together while they name the same folder. The
        // target's last segment is its file (or nothing, for a folder's page), never a folder in common.
        var from = NextSegment(folder, 0);
        var down = 0;
        while (from < folder.Length && path[down..].IndexOf('/') is var slash and >= 0)
        {
            var end = folder[from..].IndexOf('/') + from;
            if (!folder[from..end].SequenceEqual(path.Slice(down, slash)))
            {
                break;
            }
            from = NextSegment(folder, end + 1);
            down += slash + 1;
        }
        var up = 0;
        for (; from < folder.Length; from = NextSegment(folder, folder[from..].IndexOf('/') + from + 1))
        {
            up++;
        }

        var rest = path[down..];
        var length = up * 3 + rest.Length + index.Length;
        if (length == 0)
        {
            return string.Concat("./", fragment);
        }
        Span<char> link = length + fragment.Length <= 256 ? stackalloc char[length + fragment.Length] : new char[length + fragment.Length];
        for (var i = 0; i < up; i++)
        {
            "../".CopyTo(link[(i * 3)..]);
        }
        rest.CopyTo(link[(up * 3)..]);
        index.CopyTo(link[(up * 3 + rest.Length)..]);
        fragment.CopyTo(link[length..]);
        return new string(link);
    }

    /// <summary>Where the next folder name in <paramref name="folder"/> starts at or after <paramref name="at"/>; empty names are skipped.</summary>
    private static int NextSegment(ReadOnlySpan<char> folder, int at)
    {
        while (at < folder.Length && folder[at] == '/')
        {
            at++;
        }
        return at;
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
