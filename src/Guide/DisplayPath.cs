namespace Guide;

/// <summary>
/// Paths in messages are relative to the working directory when the file is below it, so that
/// editors and CI annotations can open them directly.
/// </summary>
public static class DisplayPath
{
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) ? full : relative;
        return shown.Replace('\\', '/');
    }
}
