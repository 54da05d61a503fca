namespace Guide.Rehearsals;

/// <summary>
/// A node of a rehearsal's graph: an <see cref="Exchange"/> or an <see cref="Ending"/>, and nothing else.
/// Callers go through <see cref="Match{T}"/> rather than a type switch with a default, so a new kind
/// is a compile error at every place that must handle it.
/// </summary>
public abstract record Scene
{
    private protected Scene(string id, int line)
    {
        Id = id;
        Line = line;
    }

    /// <summary>Unique within the rehearsal; <c>next:</c> names it, and the page anchors it.</summary>
    public string Id { get; }

    /// <summary>The line of the definition where the scene starts, for diagnostics.</summary>
    public int Line { get; }

    /// <summary>Calls the function for this node's kind.</summary>
    public abstract T Match<T>(Func<Exchange, T> exchange, Func<Ending, T> ending);

    /// <summary>The ids this node leads to: every choice's <c>next</c>, or none for an ending.</summary>
    public IEnumerable<string> Next => Match(e => e.Choices.Select(c => c.Next), _ => []);
}

/// <summary>The other person speaks and the reader answers with one of two to four choices.</summary>
/// <param name="Says">The other person's line.</param>
/// <param name="Note">What the reader sees or notices before the line, if anything.</param>
/// <param name="Choices">The answers the reader can give, in the order shown.</param>
public sealed record Exchange(string Id, int Line, LocalizedText Says, LocalizedText? Note, IReadOnlyList<Choice> Choices)
    : Scene(Id, Line)
{
    /// <inheritdoc />
    public override T Match<T>(Func<Exchange, T> exchange, Func<Ending, T> ending) => exchange(this);
}

/// <summary>Where a path stops: how it went and what to take away.</summary>
/// <param name="Outcome">How well the conversation ended.</param>
/// <param name="Title">A short headline for the ending.</param>
/// <param name="Says">The other person's last words, if any.</param>
/// <param name="Debrief">What went well or badly, and what to do next time.</param>
public sealed record Ending(string Id, int Line, Outcome Outcome, LocalizedText Title, LocalizedText? Says, LocalizedText Debrief)
    : Scene(Id, Line)
{
    /// <inheritdoc />
    public override T Match<T>(Func<Exchange, T> exchange, Func<Ending, T> ending) => ending(this);
}

/// <summary>One answer the reader can give, with the feedback shown after it.</summary>
/// <param name="Say">The answer, in the reader's words.</param>
/// <param name="Verdict">How well the answer serves the conversation.</param>
/// <param name="Effect">What it does to the conversation.</param>
/// <param name="Why">Why it has that effect.</param>
/// <param name="Read">The guide section that explains it.</param>
/// <param name="Next">The id of the scene or ending that follows.</param>
public sealed record Choice(LocalizedText Say, Verdict Verdict, LocalizedText Effect, LocalizedText Why, GuideRef Read, string Next)
{
    /// <summary>The line of the definition where the choice starts, for diagnostics.</summary>
    public int Line { get; init; }

    /// <summary>Where the <c>next:</c> value stands, so a wrong id is reported at it.</summary>
    public Position NextAt { get; init; }
}

/// <summary>
/// A link into the guide, per language: a page's path below <c>input/&lt;lang&gt;/</c> and, after <c>#</c>,
/// a heading's anchor (<c>during/responding.md#…</c>). Anchors differ by language, so each language has its own.
/// </summary>
/// <param name="Target">The link per language.</param>
/// <param name="At">Where each language's link stands in the file.</param>
public sealed record GuideRef(LocalizedText Target, IReadOnlyDictionary<string, Position> At)
{
    /// <summary>The definition file the link is written in, for diagnostics.</summary>
    public string SourcePath { get; init; } = "";
}

/// <summary>A line and column of a definition file, 1-based.</summary>
public readonly record struct Position(int Line, int Column);
