namespace Guide.Checking;

/// <summary>Where a front-matter key is written, so a finding about its value points at its line.</summary>
public static class FrontMatterLines
{
    /// <summary>The line of <c>key:</c> in the front matter, or 1 when it is not written (the default applies).</summary>
    public static int Of(string path, string key)
    {
        var lines = File.Exists(path) ? File.ReadLines(path).Take(40).ToList() : [];
        var index = lines.FindIndex(l => l.StartsWith(key + ":", StringComparison.Ordinal));
        return index < 0 ? 1 : index + 1;
    }
}
