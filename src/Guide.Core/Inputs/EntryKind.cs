using Mono.Unix;

namespace Guide;

/// <summary>What a path is on disk, without following a symbolic link at the path itself.</summary>
public enum EntryKind
{
    Missing,
    File,
    Folder,
    Link,

    /// <summary>A FIFO, a device or a socket: reading one can block for ever or never end.</summary>
    Special,
}

/// <summary>
/// Tells files from folders, links and special files. .NET reports a FIFO or a device as a normal
/// file, and opening a FIFO blocks until something writes to it, so on Unix this asks lstat.
/// </summary>
public static class Entries
{
    public static EntryKind KindOf(string path) => OperatingSystem.IsWindows() ? WindowsKind(path) : UnixKind(path).Kind;

    /// <summary>A word for a special file in a message: "a named pipe (FIFO)".</summary>
    public static string Describe(string path) => OperatingSystem.IsWindows() ? "not a regular file" : UnixKind(path).What;

    private static (EntryKind Kind, string What) UnixKind(string path)
    {
        UnixFileSystemInfo entry;
        try
        {
            entry = UnixFileSystemInfo.GetFileSystemEntry(path);
            if (!entry.Exists)
            {
                return (EntryKind.Missing, "missing");
            }
            return entry.FileType switch
            {
                FileTypes.RegularFile => (EntryKind.File, "a file"),
                FileTypes.Directory => (EntryKind.Folder, "a folder"),
                FileTypes.SymbolicLink => (EntryKind.Link, "a symbolic link"),
                FileTypes.Fifo => (EntryKind.Special, "a named pipe (FIFO)"),
                FileTypes.CharacterDevice => (EntryKind.Special, "a character device"),
                FileTypes.BlockDevice => (EntryKind.Special, "a block device"),
                FileTypes.Socket => (EntryKind.Special, "a socket"),
                _ => (EntryKind.Special, "not a regular file"),
            };
        }
        catch (Exception e) when (e is UnixIOException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            return (EntryKind.Missing, "missing");
        }
    }

    private static EntryKind WindowsKind(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists && !Directory.Exists(path))
        {
            return info.LinkTarget is null ? EntryKind.Missing : EntryKind.Link;
        }
        var attributes = File.GetAttributes(path);
        return attributes.HasFlag(FileAttributes.ReparsePoint) ? EntryKind.Link
            : attributes.HasFlag(FileAttributes.Directory) ? EntryKind.Folder
            : EntryKind.File;
    }
}
