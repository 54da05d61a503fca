using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Guide;

/// <summary>
/// What stops YAML from being loaded into a tree: too deep a nesting, or text the scanner gives up on.
/// The message completes "the file is …"; <see cref="Code"/> is empty for a syntax error, which each reader reports under its own code.
/// </summary>
/// <param name="Line">1-based line in the YAML text.</param>
/// <param name="Column">1-based column.</param>
public sealed record YamlShapeProblem(int Line, int Column, string Code, string Message);

/// <summary>
/// Looks at YAML before it is loaded into a tree. YamlDotNet builds the tree recursively, so a few
/// thousand nested brackets end the process with a stack overflow that no handler can catch; its event
/// parser is a loop, so it can measure the depth first. Settings and worksheets need fewer than ten levels.
/// </summary>
public static class YamlNesting
{
    public const int MaxDepth = 32;

    /// <summary>
    /// The first problem that would make loading the tree fail badly, or null. Ordinary syntax errors are
    /// left to the loader, which reports them with its own code and hints.
    /// </summary>
    public static YamlShapeProblem? Check(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            while (parser.MoveNext())
            {
                if (parser.Current is NodeEvent { Anchor.IsEmpty: false } anchored)
                {
                    anchors.Add(anchored.Anchor.Value);
                }
                switch (parser.Current)
                {
                    // YamlDotNet's loader throws an ArgumentException, not a YamlException, for an alias without its anchor.
                    case AnchorAlias alias when !anchors.Contains(alias.Value.Value):
                        return new YamlShapeProblem((int)alias.Start.Line, (int)alias.Start.Column, "",
                            $"not valid YAML: '*{alias.Value.Value}' refers to an anchor '&{alias.Value.Value}' that is not written before it; put text that starts with '*' or '&' in double quotes");
                    case MappingStart or SequenceStart when ++depth > MaxDepth:
                        var start = parser.Current.Start;
                        return new YamlShapeProblem((int)start.Line, (int)start.Column, DiagnosticCodes.NestedTooDeep,
                            $"nested more than {MaxDepth} levels deep here; nothing the guide reads needs that many, so look for stray '[', '{{' or '- '");
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                }
            }
        }
        catch (YamlException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, not a YamlException, for some unclosed flow collections ("a: {b" then "c: d").
            var at = parser.Current?.End ?? Mark.Empty;
            return new YamlShapeProblem(Math.Max((int)at.Line, 1), Math.Max((int)at.Column, 1), "",
                "not valid YAML: a '[', '{' or quote is not closed; close it on the same line, or put text that contains '{' or ',' in double quotes");
        }
        return null;
    }
}
