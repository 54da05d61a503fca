using System.Text;
using Guide.Building;

namespace Guide.Output;

/// <summary>
/// Where a build may write. A build replaces its output folder whole, so it must never be pointed at a
/// folder of the editor's own (<c>-o docs</c>, <c>-o input</c>, <c>-o ..</c>): a folder is replaced only
/// when it is empty or carries the marker every build writes last, and never when it holds the input,
/// the worksheets or the project. An output given as a symbolic link is followed to where it leads; the
/// link itself stays as it is.
/// </summary>
public static class OutputFolder
{
    /// <summary>The file every built site carries, written after everything else.</summary>
    public const string MarkerName = ".guide-output";

    public static readonly byte[] MarkerContent = Encoding.UTF8.GetBytes(
        "This folder was made by 'guide build' (the Review Conversation Guide). The next build replaces it whole.\n" +
        "A folder without this file is never replaced.\n");

    /// <summary>True for a folder a build made: it carries the marker.</summary>
    public static bool IsBuilt(string folder) => Entries.KindOf(Path.Combine(folder, MarkerName)) == EntryKind.File;

    /// <summary>True for an existing folder with nothing in it.</summary>
    public static bool IsEmpty(string folder) => !Directory.EnumerateFileSystemEntries(folder).Any();

    /// <summary>
    /// The real path the build writes the site to, or null with the reason in <paramref name="problem"/>.
    /// Also checks the zip's place, so that neither can overwrite a source.
    /// </summary>
    public static string? Resolve(BuildOptions options, out Diagnostic? problem)
    {
        problem = null;
        var display = DisplayPath.Of(options.OutputDir);
        var target = RealPath.Of(options.OutputDir);
        if (target is null)
        {
            problem = Refuse(display, "the output path is a loop of symbolic links");
            return null;
        }
        var input = RealPath.Of(options.InputDir) ?? Path.GetFullPath(options.InputDir);
        var sources = new[] { ("the input folder", input), ("the worksheets folder", RealPath.Of(options.ResolvedWorksheetsDir) ?? options.ResolvedWorksheetsDir) };
        var project = Path.GetDirectoryName(input.TrimEnd(Path.DirectorySeparatorChar));
        foreach (var (name, source) in project is null ? sources : [.. sources, ("the project folder", project)])
        {
            if (RealPath.IsInside(source, target))
            {
                problem = Refuse(display, $"{DisplayPath.Of(target)} is {name} or holds it, and a build replaces its output folder whole; write the site to a folder of its own, e.g. --output output");
                return null;
            }
            if (name != "the project folder" && RealPath.IsInside(target, source))
            {
                problem = Refuse(display, $"{DisplayPath.Of(target)} is inside {name}, so the next build would read the site as input; write it somewhere else, e.g. --output output");
                return null;
            }
        }
        switch (Entries.KindOf(target))
        {
            case EntryKind.Missing:
                break;
            case EntryKind.Folder when IsBuilt(target) || IsEmpty(target):
                break;
            case EntryKind.Folder:
                problem = Refuse(display,
                    $"{DisplayPath.Of(target)} is a folder that 'guide build' did not make (it has no {MarkerName} file), and a build replaces its output folder whole; " +
                    "pick a new or empty folder. An output folder from an older version of guide has no marker either: delete it yourself and build again");
                return null;
            default:
                problem = Refuse(display, $"{DisplayPath.Of(target)} is {Entries.Describe(target)}, not a folder; pick a new or empty folder");
                return null;
        }
        var parent = Path.GetDirectoryName(target)!;
        var name2 = Path.GetFileName(target);
        foreach (var scratch in new[] { $".{name2}.previous", $".{name2}.building" })
        {
            var path = Path.Combine(parent, scratch);
            var kind = Entries.KindOf(path);
            var ours = kind == EntryKind.Missing || (kind == EntryKind.Folder && (scratch.EndsWith(".building", StringComparison.Ordinal) || IsBuilt(path)));
            if (!ours)
            {
                problem = Refuse(display, $"{DisplayPath.Of(path)} is where a build keeps the previous site, and it holds something else; rename or remove it");
                return null;
            }
        }
        if (options.ZipPath is { } zip && (RealPath.Of(zip) ?? Path.GetFullPath(zip)) is var zipTarget
            && sources.Any(s => RealPath.IsInside(zipTarget, s.Item2) || RealPath.IsInside(s.Item2, zipTarget)))
        {
            problem = Refuse(DisplayPath.Of(zip), "the zip would be written into the input or worksheets folder; write it somewhere else");
            return null;
        }
        return target;
    }

    private static Diagnostic Refuse(string display, string message) =>
        Diagnostic.Error(display, 0, 0, DiagnosticCodes.OutputRefused, message + "; nothing was written");
}
