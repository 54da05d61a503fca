namespace Guide;

/// <summary>
/// Problems any input file can have, whoever reads it (pages, site.yml, worksheet definitions).
/// CONTRIBUTING.md explains each one with its fix.
/// </summary>
public static class InputCodes
{
    /// <summary>The file exists but cannot be read (locked, no permission, removed while reading).</summary>
    public const string UnreadableFile = "GUIDE011";

    /// <summary>The text is not UTF-8 (GBK, Latin-1, UTF-16, stray bytes).</summary>
    public const string NotUtf8 = "GUIDE017";

    /// <summary>Not a regular file: a FIFO, a device, a socket, a dangling link or a loop of links.</summary>
    public const string NotARegularFile = "GUIDE018";

    /// <summary>A symbolic link whose target lies outside the folder being read.</summary>
    public const string LinkLeavesFolder = "GUIDE019";

    /// <summary>Markdown or YAML nested deeper than the generator reads.</summary>
    public const string NestedTooDeep = "GUIDE021";

    /// <summary>Something unexpected stopped the program; the message names the file it was working on.</summary>
    public const string Unexpected = "GUIDE027";
}
