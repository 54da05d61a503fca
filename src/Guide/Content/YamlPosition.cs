using YamlDotNet.Core;

namespace Guide.Content;

/// <summary>Turns YamlDotNet's marks into file positions, given where the YAML starts in the file.</summary>
internal static class YamlPosition
{
    /// <summary>YamlDotNet counts lines from 1 within the YAML text; <paramref name="firstLine"/> is that text's first file line.</summary>
    public static (int Line, int Column) InFile(Mark mark, int firstLine) =>
        ((int)mark.Line + firstLine - 1, (int)mark.Column);
}
