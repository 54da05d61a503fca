using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Guide;

/// <summary>
/// What stops YAML from being loaded into a tree: too deep a nesting, or text the scanner gives up on.
/// The message completes "the file is …"; <see cref="Code"/> is empty for a syntax error, which each reader reports under its own code.
/// </summary>
/// <param name="Line">1-based line in the YAML text.</param>
/// <param name="Column">1-based column.</param>
public sealed record YamlShapeProblem(int Line, int Column, string Code, string Message);

/// <summary>
/// Loads YAML into a tree while watching its shape. YamlDotNet builds the tree recursively, so a few
/// thousand nested brackets end the process with a stack overflow that no handler can catch; its event
/// parser is a loop, so the events are counted as the loader reads them and loading stops at the first
/// level too deep, long before the stack is. Settings and worksheets need fewer than ten levels.
/// </summary>
public static class YamlNesting
{
    public const int MaxDepth = 32;

    /// <summary>
    /// The text as a tree, or null with <paramref name="shape"/> set when its shape would make loading fail
    /// badly. Ordinary syntax errors are thrown as <see cref="YamlStream.Load(TextReader)"/> throws them, for
    /// each reader to report with its own code and hints.
    /// </summary>
    public static YamlStream? Load(string yaml, out YamlShapeProblem? shape)
    {
        var parser = new WatchedParser(new Parser(new StringReader(yaml)));
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
        }
        catch (ShapeStop)
        {
        }
        shape = parser.Problem;
        return shape is null ? stream : null;
    }

    /// <summary>Passes the events on to the loader, and stops it at the first problem of shape.</summary>
    private sealed class WatchedParser(Parser parser) : IParser
    {
        private readonly HashSet<string> _anchors = new(StringComparer.Ordinal);
        private int _depth;

        public YamlShapeProblem? Problem { get; private set; }

        public ParsingEvent? Current => parser.Current;

        public bool MoveNext()
        {
            bool more;
            try
            {
                more = parser.MoveNext();
            }
            catch (InvalidOperationException)
            {
                // YamlDotNet's scanner throws this, not a YamlException, for some unclosed flow collections ("a: {b" then "c: d").
                var at = parser.Current?.End ?? Mark.Empty;
                throw Stop(new YamlShapeProblem(Math.Max((int)at.Line, 1), Math.Max((int)at.Column, 1), "",
                    "not valid YAML: a '[', '{' or quote is not closed; close it on the same line, or put text that contains '{' or ',' in double quotes"));
            }
            if (parser.Current is NodeEvent { Anchor.IsEmpty: false } anchored)
            {
                _anchors.Add(anchored.Anchor.Value);
            }
            switch (parser.Current)
            {
                // YamlDotNet's loader throws an ArgumentException, not a YamlException, for an alias without its anchor.
                case AnchorAlias alias when !_anchors.Contains(alias.Value.Value):
                    throw Stop(new YamlShapeProblem((int)alias.Start.Line, (int)alias.Start.Column, "",
                        $"not valid YAML: '*{alias.Value.Value}' refers to an anchor '&{alias.Value.Value}' that is not written before it; put text that starts with '*' or '&' in double quotes"));
                case MappingStart or SequenceStart when ++_depth > MaxDepth:
                    var start = parser.Current.Start;
                    throw Stop(new YamlShapeProblem((int)start.Line, (int)start.Column, DiagnosticCodes.NestedTooDeep,
                        $"nested more than {MaxDepth} levels deep here; nothing the guide reads needs that many, so look for stray '[', '{{' or '- '"));
                case MappingEnd or SequenceEnd:
                    _depth--;
                    break;
            }
            return more;
        }

        private ShapeStop Stop(YamlShapeProblem problem)
        {
            Problem = problem;
            return new ShapeStop();
        }
    }

    private sealed class ShapeStop : Exception;
}
