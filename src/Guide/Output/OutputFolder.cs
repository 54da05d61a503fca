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
        var display = DisplayPath.Of(options.OutputDir);
        var target = RealPath.Of(options.OutputDir);
        var sources = Sources(options);
        var reason = target is null
            ? "the output path is a loop of symbolic links"
            : SourceProblem(target, sources) ?? FolderProblem(target) ?? ScratchProblem(target);
        if (reason is null && options.ZipPath is { } zip && ZipProblem(zip, sources) is { } zipReason)
        {
            (display, reason) = (DisplayPath.Of(zip), zipReason);
        }
        problem = reason is null ? null : Diagnostic.Error(display, 0, 0, DiagnosticCodes.OutputRefused, reason + "; nothing was written");
        return reason is null ? target : null;
    }

    /// <summary>The folders a build reads, by the names messages give them.</summary>
    private static (string Name, string Path)[] Sources(BuildOptions options)
    {
        var input = RealPath.Of(options.InputDir) ?? Path.GetFullPath(options.InputDir);
        var worksheets = RealPath.Of(options.ResolvedWorksheetsDir) ?? Path.GetFullPath(options.ResolvedWorksheetsDir);
        return [("the input folder", input), ("the worksheets folder", worksheets)];
    }

    private static string? SourceProblem(string target, (string Name, string Path)[] sources)
    {
        var project = Path.GetDirectoryName(sources[0].Path.TrimEnd(Path.DirectorySeparatorChar));
        foreach (var (name, source) in project is null ? sources : [.. sources, ("the project folder", project)])
        {
            if (RealPath.IsInside(source, target))
            {
                return $"{DisplayPath.Of(target)} is {name} or holds it, and a build replaces its output folder whole; write the site to a folder of its own, e.g. --output output";
            }
        }
        return sources.FirstOrDefault(s => RealPath.IsInside(target, s.Path)) is { Name: not null } inside
            ? $"{DisplayPath.Of(target)} is inside {inside.Name}, so the next build would read the site as input; write it somewhere else, e.g. --output output"
            : null;
    }

    private static string? FolderProblem(string target) => Entries.KindOf(target) switch
    {
        EntryKind.Missing => null,
        EntryKind.Folder when IsBuilt(target) || IsEmpty(target) => null,
        EntryKind.Folder =>
            $"{DisplayPath.Of(target)} is a folder that 'guide build' did not make (it has no {MarkerName} file), and a build replaces its output folder whole; " +
            "pick a new or empty folder. An output folder from an older version of guide has no marker either: delete it yourself and build again",
        _ => $"{DisplayPath.Of(target)} is {Entries.Describe(target)}, not a folder; pick a new or empty folder",
    };

    /// <summary>The folders beside the output that <see cref="AtomicWriter"/> recycles and swaps through must be its own.</summary>
    private static string? ScratchProblem(string target)
    {
        var name = Path.GetFileName(target);
        foreach (var scratch in new[] { $".{name}.previous", $".{name}.building" })
        {
            var path = Path.Combine(Path.GetDirectoryName(target)!, scratch);
            var ours = Entries.KindOf(path) switch
            {
                EntryKind.Missing => true,
                // A half-written site from a killed build has no marker yet; the name alone is the build's own.
                EntryKind.Folder => scratch.EndsWith(".building", StringComparison.Ordinal) || IsBuilt(path),
                _ => false,
            };
            if (!ours)
            {
                return $"{DisplayPath.Of(path)} is where a build keeps the previous or the half-written site, and it holds something else; rename or remove it";
            }
        }
        return null;
    }

    private static string? ZipProblem(string zip, (string Name, string Path)[] sources)
    {
        var target = RealPath.Of(zip) ?? Path.GetFullPath(zip);
        return sources.Any(s => RealPath.IsInside(target, s.Path) || RealPath.IsInside(s.Path, target))
            ? "the zip would be written into the input or worksheets folder; write it somewhere else"
            : null;
    }
}
