using Guide.Content;

namespace Guide.Checking;

/// <summary>
/// One entry of <c>input/terms.yml</c>: on pages for <see cref="Audience"/> the guide says
/// <see cref="Preferred"/>, never one of <see cref="Avoid"/>. <see cref="Allow"/> lists longer words
/// that contain an avoided one and are fine (领导力 contains 领导).
/// </summary>
public sealed record Term(
    string Preferred,
    IReadOnlyList<string> Avoid,
    Audience Audience,
    IReadOnlyList<string> Allow,
    string? Note,
    int Line)
{
    /// <summary>An entry for <c>all</c> applies to every page; one for employees, to employee pages only.</summary>
    public bool AppliesTo(Page page) => Audience == Audience.All || Audience == page.Meta.Audience;
}

/// <summary>The entries of <c>input/terms.yml</c>, in file order; empty when the guide has no such file.</summary>
public sealed record TermList(string Path, IReadOnlyList<Term> Terms)
{
    public static TermList None { get; } = new("", []);
}
