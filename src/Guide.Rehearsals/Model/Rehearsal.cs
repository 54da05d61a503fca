namespace Guide.Rehearsals;

/// <summary>
/// One practice conversation as an editor wrote it in <c>rehearsals/&lt;id&gt;.yml</c>: the situation,
/// the two roles, and a graph of scenes that ends in one of several endings. Immutable once loaded;
/// by then every scene is reachable, every path ends and every <c>next</c> names a scene.
/// </summary>
/// <param name="Id">The file stem: the web address and the target of <c>rehearsal:ID</c> links.</param>
/// <param name="SourcePath">The definition file, for diagnostics.</param>
/// <param name="Audience">Who practises: an employee facing their manager, or a manager facing an employee.</param>
/// <param name="Title">The rehearsal's name.</param>
/// <param name="Summary">One or two sentences for lists and search results.</param>
/// <param name="Situation">What has happened before the first line.</param>
/// <param name="Roles">Who the reader plays and who they talk to.</param>
/// <param name="Scenes">The scenes with choices, the first one first: the conversation starts there.</param>
/// <param name="Endings">The ways the conversation can end.</param>
public sealed record Rehearsal(
    string Id,
    string SourcePath,
    RehearsalAudience Audience,
    LocalizedText Title,
    LocalizedText Summary,
    LocalizedText Situation,
    Roles Roles,
    IReadOnlyList<Exchange> Scenes,
    IReadOnlyList<Ending> Endings)
{
    /// <summary>Where it stands in lists: lower first, then by id.</summary>
    public int Order { get; init; }

    /// <summary>Where the conversation starts.</summary>
    public Exchange Start => Scenes[0];

    /// <summary>Every node of the graph: the scenes, then the endings.</summary>
    public IEnumerable<Scene> All => Scenes.Cast<Scene>().Concat(Endings);

    /// <summary>The scene or ending with this id, or null.</summary>
    public Scene? Find(string id) => All.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));

    /// <summary>Every choice of every scene, in file order.</summary>
    public IEnumerable<Choice> Choices => Scenes.SelectMany(s => s.Choices);
}

/// <summary>The two people in the conversation, as labels shown before their words.</summary>
/// <param name="You">The reader's role.</param>
/// <param name="Them">The other person, whose lines the reader answers.</param>
public sealed record Roles(LocalizedText You, LocalizedText Them);
