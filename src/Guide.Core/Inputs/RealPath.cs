namespace Guide;

/// <summary>
/// Paths with every symbolic link in them followed, to tell whether a file really lies inside a folder.
/// Written here because .NET only follows a link at the end of a path, and a loop must end in an answer.
/// </summary>
public static class RealPath
{
    /// <summary>Linux gives up after 40 links in one lookup (ELOOP); so do we.</summary>
    private const int MaxLinks = 40;

    private static readonly StringComparison PathComparison =
        OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>The path with its links followed (the last part need not exist), or null for a loop of links.</summary>
    public static string? Of(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(Parts(full[current.Length..]).Reverse());
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Combine(current, part);
            var target = LinkTarget(next);
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks)
            {
                return null;
            }
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }
            foreach (var targetPart in Parts(target).Reverse())
            {
                pending.Push(targetPart);
            }
        }
        return current;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies below it (both already real paths).</summary>
    public static bool IsInside(string path, string folder)
    {
        var trimmed = folder.TrimEnd(Path.DirectorySeparatorChar);
        return path.Equals(trimmed, PathComparison)
            || path.StartsWith(trimmed + Path.DirectorySeparatorChar, PathComparison);
    }

    private static IEnumerable<string> Parts(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries)
            .Where(p => p != ".");

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
