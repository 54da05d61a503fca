using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Guide.Content;

/// <summary>
/// Splits a page into its YAML front matter and Markdown body, and reads the front matter into a
/// <see cref="FrontMatter"/>. Every problem is reported with the file line it is on; parsing goes on
/// after a problem so an editor sees all of them at once.
/// </summary>
public static class FrontMatterParser
{
    public sealed record Result(FrontMatter? Meta, string Body, int BodyLine, IReadOnlyList<Diagnostic> Diagnostics);

    public static Result Parse(string path, string text)
    {
        var diagnostics = new List<Diagnostic>();
        var normal = Normal(text);
        // Lines are found, not split out: a page's front matter is a few lines at the top of a long text.
        var firstEnd = LineEnd(normal, 0);
        if (!IsFence(normal.AsSpan(0, firstEnd), "---"))
        {
            diagnostics.Add(Diagnostic.Error(path, 1, 1, DiagnosticCodes.MissingTitle,
                "the page has no front matter; start it with a '---' line, a 'title:' line and another '---' line"));
            return new Result(null, normal, 1, diagnostics);
        }

        var yamlStart = Math.Min(firstEnd + 1, normal.Length);
        var line = 2;
        for (var start = yamlStart; start < normal.Length; line++)
        {
            var end = LineEnd(normal, start);
            var current = normal.AsSpan(start, end - start);
            if (IsFence(current, "---") || IsFence(current, "..."))
            {
                var yaml = start > yamlStart ? normal[yamlStart..(start - 1)] : "";
                // Where BodyOf cuts it too, from the line after the fence: a build reads the body again that way.
                var body = end == normal.Length ? "" : normal[(end + 1)..];
                var meta = ReadMeta(path, yaml, diagnostics);
                return new Result(meta, body, line + 1, diagnostics);
            }
            if (end == normal.Length)
            {
                break;
            }
            start = end + 1;
        }

        diagnostics.Add(Diagnostic.Error(path, 1, 1, DiagnosticCodes.InvalidFrontMatter,
            "the front matter is not closed; add a '---' line after the last front-matter line"));
        return new Result(null, "", normal.Count('\n') + 1, diagnostics);
    }

    private static string Normal(string text) => text.Replace("\r\n", "\n").TrimStart('\uFEFF');

    private static int LineEnd(string text, int start) => text.IndexOf('\n', start) is var end and >= 0 ? end : text.Length;

    private static bool IsFence(ReadOnlySpan<char> line, string fence) => line.TrimEnd().SequenceEqual(fence);

    /// <summary>
    /// The body of a page's text whose body starts on line <paramref name="bodyLine"/>, as <see cref="Parse"/>
    /// gives it, without reading the front matter again.
    /// </summary>
    public static string BodyOf(string text, int bodyLine)
    {
        var normal = Normal(text);
        var start = 0;
        for (var line = 1; line < bodyLine; line++)
        {
            var end = normal.IndexOf('\n', start);
            if (end < 0)
            {
                return "";
            }
            start = end + 1;
        }
        return normal[start..];
    }

    private static FrontMatter? ReadMeta(string path, string yaml, List<Diagnostic> diagnostics)
    {
        // The YAML text starts on line 2 of the page, below the opening '---'.
        var reader = new YamlReader(path, diagnostics.Add, YamlRules.Settings(DiagnosticCodes.InvalidFrontMatter), firstLine: 2);
        YamlMappingNode map;
        try
        {
            if (YamlNesting.Load(yaml, out var shape) is not { } stream)
            {
                reader.Error(shape!.Line, shape.Column, shape.Code is { Length: > 0 } code ? code : DiagnosticCodes.InvalidFrontMatter,
                    $"the front matter is {shape.Message}");
                return null;
            }
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode m)
            {
                diagnostics.Add(Diagnostic.Error(path, 2, 1, DiagnosticCodes.MissingTitle,
                    "the front matter has no 'title:'; add one, for example 'title: 面谈前的准备'"));
                return null;
            }
            map = m;
        }
        catch (YamlException e)
        {
            reader.Error(e.Start.Line, e.Start.Column, DiagnosticCodes.InvalidFrontMatter, $"the front matter is not valid YAML: {YamlMessage(e)}");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these instead of a YamlException for some unclosed flow collections and broken aliases.
            diagnostics.Add(Diagnostic.Error(path, 2, 1, DiagnosticCodes.InvalidFrontMatter,
                "the front matter is not valid YAML: check for an unclosed [ ], { } or quote"));
            return null;
        }

        var title = reader.String(map, "title");
        if (string.IsNullOrWhiteSpace(title))
        {
            diagnostics.Add(Diagnostic.Error(path, 2, 1, DiagnosticCodes.MissingTitle,
                "the front matter has no 'title:'; add one, for example 'title: 面谈前的准备'"));
        }

        var meta = new FrontMatter(
            Title: title ?? "",
            Summary: reader.String(map, "summary"),
            Order: reader.Int(map, "order") ?? 0,
            Audience: reader.Enum(map, "audience", Audience.All),
            Tags: reader.Texts(map, "tags"),
            Topics: reader.Texts(map, "topics"))
        {
            Situations = Situation.ReadAll(reader, map),
        };
        reader.CheckKeys(map, "the front matter", FrontMatter.KnownKeys);
        return string.IsNullOrWhiteSpace(title) ? null : meta;
    }

    /// <summary>YamlDotNet prefixes its messages with the position, which we already print.</summary>
    internal static string YamlMessage(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }
}
