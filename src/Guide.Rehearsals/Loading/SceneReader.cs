using Guide.Worksheets;
using YamlDotNet.RepresentationModel;

namespace Guide.Rehearsals;

/// <summary>
/// Reads the scenes and endings of one file and keeps the bare graph (ids, lines, where each choice
/// leads) even when a text of a scene is faulty, so the graph is checked in the same pass.
/// </summary>
internal sealed class SceneReader(YamlReader reader, string path)
{
    private const int MinChoices = 2;
    private const int MaxChoices = 4;

    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);
    private readonly List<(string From, string To, Position At)> _edges = [];
    private readonly List<string> _order = [];
    private readonly HashSet<string> _endings = new(StringComparer.Ordinal);
    private bool _graphKnown = true;
    private readonly List<GuideRef> _links = [];

    /// <summary>Every complete <c>read:</c> link read so far, whether or not the rest of its choice is.</summary>
    public IReadOnlyList<GuideRef> Links => _links;

    public Exchange? Exchange(YamlNode node)
    {
        if (reader.Map(node, "a scene") is not { } map)
        {
            _graphKnown = false;
            return null;
        }

        reader.CheckKeys(map, "a scene", "id", "note", "says", "choices");
        var id = Id(map, "a scene");
        var where = id is null ? "a scene" : $"scene '{id}'";
        var note = reader.Read(map, "note", where, required: false);
        var says = reader.Read(map, "says", where);
        var choiceNodes = reader.List(map, "choices", where, required: true);
        if (choiceNodes.Count is > 0 and (< MinChoices or > MaxChoices))
        {
            reader.Error(reader.Get(map, "choices")!, DiagnosticCodes.ChoiceCount,
                $"{where} offers {choiceNodes.Count} choice{(choiceNodes.Count == 1 ? "" : "s")}; give the reader two to four, so there is a real choice that still fits on a phone screen");
        }

        var choices = new List<Choice>();
        for (var i = 0; i < choiceNodes.Count; i++)
        {
            if (Choice(choiceNodes[i], $"choice {i + 1} of {where}", id) is { } choice)
            {
                choices.Add(choice);
            }
        }

        if (id is null || says is null || choices.Count != choiceNodes.Count)
        {
            return null;
        }

        return new Exchange(id, (int)map.Start.Line, says, note, choices);
    }

    public Ending? Ending(YamlNode node)
    {
        if (reader.Map(node, "an ending") is not { } map)
        {
            _graphKnown = false;
            return null;
        }

        reader.CheckKeys(map, "an ending", "id", "outcome", "title", "says", "debrief");
        var id = Id(map, "an ending");
        if (id is not null)
        {
            _endings.Add(id);
        }

        var where = id is null ? "an ending" : $"ending '{id}'";
        var outcome = RehearsalParser.Word(reader, map, "outcome", where, Judgements.Outcomes);
        var title = reader.Read(map, "title", where);
        var says = reader.Read(map, "says", where, required: false);
        var debrief = reader.Read(map, "debrief", where);
        if (id is null || outcome is null || title is null || debrief is null)
        {
            return null;
        }

        return new Ending(id, (int)map.Start.Line, outcome.Value, title, says, debrief);
    }

    private Choice? Choice(YamlNode node, string where, string? from)
    {
        if (reader.Map(node, where) is not { } map)
        {
            _graphKnown = false;
            return null;
        }

        reader.CheckKeys(map, where, "say", "verdict", "effect", "why", "read", "next");
        var say = reader.Read(map, "say", where);
        var verdict = RehearsalParser.Word(reader, map, "verdict", where, Judgements.Verdicts);
        var effect = reader.Read(map, "effect", where);
        var why = reader.Read(map, "why", where);
        var read = Read(map, where);
        var next = reader.Scalar(map, "next", where, required: true);
        var at = reader.Get(map, "next") is { } nextNode ? At(nextNode) : At(map);
        if (next is not null && from is not null)
        {
            _edges.Add((from, next, at));
        }
        else
        {
            _graphKnown = false;
        }

        if (say is null || verdict is null || effect is null || why is null || read is null || next is null)
        {
            return null;
        }

        return new Choice(say, verdict.Value, effect, why, read, next) { Line = (int)map.Start.Line, NextAt = at };
    }

    private GuideRef? Read(YamlMappingNode map, string where)
    {
        var target = reader.Read(map, "read", where);
        if (target is null || reader.Get(map, "read") is not YamlMappingNode links)
        {
            return null;
        }

        var at = reader.Languages.ToDictionary(lang => lang, lang => At(reader.Get(links, lang)!));
        var link = new GuideRef(target, at) { SourcePath = path };
        _links.Add(link);
        return link;
    }

    /// <summary>Reads and checks an id; scenes and endings share one set of ids.</summary>
    private string? Id(YamlMappingNode map, string what)
    {
        var id = reader.Scalar(map, "id", what, required: true);
        if (id is null)
        {
            _graphKnown = false;
            return null;
        }

        var node = reader.Get(map, "id")!;
        if (!RehearsalParser.IdPattern().IsMatch(id))
        {
            _graphKnown = false;
            reader.Error(node, DiagnosticCodes.BadRehearsalId,
                $"id '{id}' of {what} must start with a lowercase letter and use only a-z, 0-9 and '-', e.g. 'facts-on-the-table'");
            return null;
        }

        if (_lines.TryGetValue(id, out var first))
        {
            reader.Error(node, DiagnosticCodes.BadRehearsalId,
                $"the id '{id}' is already used on line {first}; every scene and ending needs its own id");
            return null;
        }

        _lines[id] = (int)node.Start.Line;
        _order.Add(id);
        return id;
    }

    /// <summary>
    /// Every <c>next</c> names a node; every node can be reached from the first scene; every scene has a
    /// way to an ending. Skipped while an id or a <c>next</c> is missing or faulty: the graph is not known then.
    /// </summary>
    public void CheckGraph()
    {
        if (!_graphKnown || _order.Count == 0)
        {
            return;
        }

        var known = _lines.Keys.ToList();
        var missing = _edges.Where(e => !_lines.ContainsKey(e.To)).ToList();
        foreach (var (_, to, at) in missing)
        {
            reader.Error(at.Line, at.Column, DiagnosticCodes.MissingScene,
                $"'next: {to}' names no scene or ending of this file{Suggest.Hint(to, known)}");
        }

        // A misspelt next: usually also strands the scene it meant; that follows from the typo, so it is not reported twice.
        if (missing.Count > 0)
        {
            return;
        }

        var edges = _edges;
        var reached = Walk([_order[0]], edges.ToLookup(e => e.From, e => e.To));
        foreach (var id in _order.Where(id => !reached.Contains(id)))
        {
            reader.Error(_lines[id], 1, DiagnosticCodes.Unreachable,
                $"no path from the first scene ('{_order[0]}') reaches '{id}'; point a choice's 'next:' at it, or remove it");
        }

        var escapes = Walk(_endings, edges.ToLookup(e => e.To, e => e.From));
        foreach (var id in _order.Where(id => !escapes.Contains(id)))
        {
            reader.Error(_lines[id], 1, DiagnosticCodes.NoWayOut,
                $"every path from '{id}' goes round in a loop and never reaches an ending; point one of its choices (or a later scene's) at an ending");
        }
    }

    private static HashSet<string> Walk(IEnumerable<string> from, ILookup<string, string> step)
    {
        var seen = new HashSet<string>(from, StringComparer.Ordinal);
        var queue = new Queue<string>(seen);
        while (queue.TryDequeue(out var id))
        {
            foreach (var next in step[id].Where(seen.Add))
            {
                queue.Enqueue(next);
            }
        }

        return seen;
    }

    private static Position At(YamlNode node) => new((int)node.Start.Line, (int)node.Start.Column);
}
