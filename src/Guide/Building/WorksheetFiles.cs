
namespace Guide.Building;

/// <summary>Files in the worksheets folder that look like definitions but would be skipped, which an editor would never notice.</summary>
public static class WorksheetFiles
{
    public static void ReportIgnored(string folder, DiagnosticBag diagnostics)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            diagnostics.Add(Diagnostic.Error(DisplayPath.Of(file), 0, 0, DiagnosticCodes.BadId,
                $"worksheet definitions are read only from files ending in .yml; rename it to {Path.GetFileNameWithoutExtension(file)}.yml"));
        }
    }
}
