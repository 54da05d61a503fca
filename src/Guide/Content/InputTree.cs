namespace Guide.Content;

/// <summary>One file below the input folder: its path there (<c>en/before/index.md</c>), where its bytes are read, and how messages name it.</summary>
public sealed record InputEntry(string RelativePath, string ReadPath, string Display);

/// <summary>
/// Every file below the input folder that the build reads or publishes, found once per build. Only
/// regular files that really lie inside the folder count: a symbolic link may point elsewhere inside
/// it, but a link out of it, a dangling link, a loop, a FIFO or a device is reported and left out, so
/// nothing from outside is ever published and nothing can make the build wait. Hidden files (<c>.git</c>,
/// <c>.DS_Store</c>) and editors' backups (<c>page.md~</c>) are not part of the guide.
/// </summary>
public sealed class InputTree
{
    private InputTree(IReadOnlyList<InputEntry> files) => Files = files;

    /// <summary>The files in ordinal order of their relative paths.</summary>
    public IReadOnlyList<InputEntry> Files { get; }

    public static InputTree Walk(string inputDir, DiagnosticBag diagnostics)
    {
        var files = new List<InputEntry>();
        var root = Path.GetFullPath(inputDir);
        var realRoot = RealPath.Of(root) ?? root;
        Visit(root, "", [realRoot], files, root, diagnostics);
        return new InputTree([.. files.OrderBy(f => f.RelativePath, StringComparer.Ordinal)]);
    }

    /// <summary>Names that are not part of any guide: hidden files, editors' backups and the desktop's own files.</summary>
    public static bool IsIgnored(string name) =>
        name.StartsWith('.') || name.EndsWith('~') || name is "Thumbs.db" or "desktop.ini";

    private static void Visit(string folder, string relative, HashSet<string> chain, List<InputEntry> files, string root, DiagnosticBag diagnostics)
    {
        List<string> entries;
        try
        {
            entries = [.. Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(DisplayPath.Of(folder), 0, 0, DiagnosticCodes.UnreadableFile, $"cannot read the folder: {e.Message}"));
            return;
        }
        foreach (var entry in entries)
        {
            var name = Path.GetFileName(entry);
            if (IsIgnored(name))
            {
                continue;
            }
            var path = relative.Length == 0 ? name : relative + "/" + name;
            var display = DisplayPath.Of(entry);
            if (InputFile.Resolve(entry, root, display, diagnostics, allowFolder: true) is not { } target)
            {
                continue;
            }
            if (Entries.KindOf(target) != EntryKind.Folder)
            {
                files.Add(new InputEntry(path, target, display));
                continue;
            }
            var real = RealPath.Of(target) ?? target;
            if (chain.Contains(real))
            {
                diagnostics.Add(Diagnostic.Error(display, 0, 0, DiagnosticCodes.NotARegularFile,
                    "this symbolic link points to a folder that contains it, so the folder would repeat for ever; remove the link"));
                continue;
            }
            Visit(target, path, [.. chain, real], files, root, diagnostics);
        }
    }
}
