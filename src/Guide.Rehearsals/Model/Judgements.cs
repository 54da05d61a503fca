namespace Guide.Rehearsals;

/// <summary>Who practises a rehearsal; it sets the words (上级 on the employee side, 主管 on the manager side).</summary>
public enum RehearsalAudience
{
    /// <summary>An employee talking to their manager.</summary>
    Employee,

    /// <summary>A manager talking to an employee.</summary>
    Manager,
}

/// <summary>How well an answer serves the conversation, shown with its feedback.</summary>
public enum Verdict
{
    /// <summary>The answer moves the conversation forward.</summary>
    Helps,

    /// <summary>Understandable, but it costs something.</summary>
    Mixed,

    /// <summary>The answer makes the conversation harder.</summary>
    Hurts,
}

/// <summary>How well a conversation ended.</summary>
public enum Outcome
{
    /// <summary>A clear, agreed way forward.</summary>
    Good,

    /// <summary>Some ground gained, something left open.</summary>
    Mixed,

    /// <summary>The conversation went badly.</summary>
    Poor,
}

/// <summary>The words an editor writes for the enumerations, and back.</summary>
public static class Judgements
{
    /// <summary>The <c>audience:</c> values.</summary>
    public static IReadOnlyDictionary<string, RehearsalAudience> Audiences { get; } =
        new Dictionary<string, RehearsalAudience>(StringComparer.Ordinal) { ["employee"] = RehearsalAudience.Employee, ["manager"] = RehearsalAudience.Manager };

    /// <summary>The <c>verdict:</c> values.</summary>
    public static IReadOnlyDictionary<string, Verdict> Verdicts { get; } =
        new Dictionary<string, Verdict>(StringComparer.Ordinal) { ["helps"] = Verdict.Helps, ["mixed"] = Verdict.Mixed, ["hurts"] = Verdict.Hurts };

    /// <summary>The <c>outcome:</c> values.</summary>
    public static IReadOnlyDictionary<string, Outcome> Outcomes { get; } =
        new Dictionary<string, Outcome>(StringComparer.Ordinal) { ["good"] = Outcome.Good, ["mixed"] = Outcome.Mixed, ["poor"] = Outcome.Poor };

    /// <summary>The word for a value (<c>helps</c>), used in CSS classes and data attributes too.</summary>
    public static string Name<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
