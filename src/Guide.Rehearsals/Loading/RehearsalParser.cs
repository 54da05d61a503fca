using System.Text.RegularExpressions;
using Guide.Worksheets;
using YamlDotNet.RepresentationModel;

namespace Guide.Rehearsals;

/// <summary>
/// Turns one definition file into a <see cref="Rehearsal"/>. Reads everything it can and reports every
/// problem it finds, the graph's included, so an editor fixes a file in one pass. The rehearsal is null if
/// anything failed; its guide links are returned either way, so they are checked in the same pass.
/// </summary>
internal static partial class RehearsalParser
{
    private const string Where = "the rehearsal";

    public static (Rehearsal? Rehearsal, IReadOnlyList<GuideRef> Links) Parse(string path, string text, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        var reader = new YamlReader(path, diagnostics.Add, YamlRules.Definitions, languages);
        const string empty = "the file is empty; a rehearsal needs title, audience, summary, situation, roles, scenes and endings (run 'guide new rehearsal ID' for a skeleton)";
        if (reader.Root(text, "a rehearsal file", empty) is not { } root)
        {
            return (null, []);
        }

        var id = Path.GetFileNameWithoutExtension(path);
        if (!IdPattern().IsMatch(id))
        {
            reader.Error(1, 1, DiagnosticCodes.BadRehearsalId,
                $"file name '{id}' must use lowercase letters, digits and hyphens, starting with a letter, e.g. criticism-wrong-facts.yml");
        }

        reader.CheckKeys(root, Where, "title", "audience", "order", "summary", "situation", "roles", "scenes", "endings");
        var title = reader.Read(root, "title", Where);
        var audience = Word(reader, root, "audience", Where, Judgements.Audiences);
        var order = reader.Integer(root, "order", Where, min: 0, max: 9999, fallback: 0);
        var summary = reader.Read(root, "summary", Where);
        var situation = reader.Read(root, "situation", Where);
        var roles = ReadRoles(reader, root);

        var scenes = new SceneReader(reader, path);
        var exchanges = reader.List(root, "scenes", Where, required: true).Select(scenes.Exchange).ToList();
        var endings = reader.List(root, "endings", Where, required: true).Select(scenes.Ending).ToList();
        scenes.CheckGraph();

        if (reader.Failed || title is null || audience is null || summary is null || situation is null || roles is null
            || exchanges.Count == 0 || endings.Count == 0)
        {
            return (null, scenes.Links);
        }

        var rehearsal = new Rehearsal(id, path, audience.Value, title, summary, situation, roles, [.. exchanges.OfType<Exchange>()], [.. endings.OfType<Ending>()])
        {
            Order = order,
        };
        return (rehearsal, scenes.Links);
    }

    private static Roles? ReadRoles(YamlReader reader, YamlMappingNode root)
    {
        if (reader.Get(root, "roles") is not { } node)
        {
            reader.Error(root, DiagnosticCodes.MissingKey, "the rehearsal needs 'roles:' with 'you:' (the reader's role) and 'them:' (the other person)");
            return null;
        }

        if (reader.Map(node, "'roles'") is not { } map)
        {
            return null;
        }

        reader.CheckKeys(map, "'roles'", "you", "them");
        var you = reader.Read(map, "you", "'roles'");
        var them = reader.Read(map, "them", "'roles'");
        return you is null || them is null ? null : new Roles(you, them);
    }

    /// <summary>A value that must be one of a few words (<c>helps</c>, <c>mixed</c>, <c>hurts</c>).</summary>
    internal static T? Word<T>(YamlReader reader, YamlMappingNode map, string key, string where, IReadOnlyDictionary<string, T> words)
        where T : struct
    {
        var text = reader.Scalar(map, key, where, required: true);
        if (text is null)
        {
            return null;
        }

        if (words.TryGetValue(text, out var value))
        {
            return value;
        }

        reader.Error(reader.Get(map, key)!, DiagnosticCodes.UnknownValue,
            $"'{key}: {text}' in {where} is not one of {string.Join(", ", words.Keys)}{Suggest.Hint(text, words.Keys)}");
        return null;
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    internal static partial Regex IdPattern();
}
