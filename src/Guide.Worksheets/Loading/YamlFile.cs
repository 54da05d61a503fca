using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Guide.Worksheets;

/// <summary>
/// The top of every YAML definition file (worksheets, rehearsals): the text parsed into a tree whose root
/// is a map, or a GUIDE030/GUIDE031 at the line where it went wrong. Never throws on bad input.
/// </summary>
internal static class YamlFile
{
    private const string SyntaxHint =
        "Check the indentation (spaces, not tabs) and put any text containing ': ', ' #', '{' or a comma inside {…} in double quotes";

    /// <param name="what">What the file is, for a root that is not a map ("a worksheet file").</param>
    /// <param name="empty">The message for an empty file: what it needs.</param>
    public static YamlMappingNode? Root(this YamlReader reader, string text, string what, string empty)
    {
        // YamlDotNet builds its tree recursively: loaded unwatched, deep brackets would overflow the stack.
        YamlStream? stream;
        try
        {
            stream = YamlNesting.Load(text, out var shape);
            if (stream is null)
            {
                reader.Error(shape!.Line, shape.Column, shape.Code is { Length: > 0 } code ? code : DiagnosticCodes.YamlSyntax, $"the file is {shape.Message}");
                return null;
            }
        }
        catch (YamlException e)
        {
            var message = e.InnerException is ArgumentException
                ? "the same key appears twice in one place; remove or rename one"
                : $"{e.Message.TrimEnd('.')}. {SyntaxHint}";
            reader.Error(e.Start.Line, e.Start.Column, DiagnosticCodes.YamlSyntax, $"not valid YAML: {message}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way, without a position, when the text ends inside an open {…}.
            var lines = text.TrimEnd().Split('\n').Length;
            reader.Error(lines, 1, DiagnosticCodes.YamlSyntax, $"not valid YAML: the file ends inside a {{…}} or […] that is never closed. {SyntaxHint}");
            return null;
        }

        if (stream.Documents.Count == 0 || reader.Map(stream.Documents[0].RootNode, what) is not { } root)
        {
            reader.Error(1, 1, DiagnosticCodes.MissingKey, empty);
            return null;
        }

        return root;
    }
}
