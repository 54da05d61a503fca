namespace Guide.Content;

/// <summary>The YAML block at the top of a page, as typed fields.</summary>
public sealed record FrontMatter(
    string Title,
    string? Summary,
    int Order,
    Audience Audience,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Topics)
{
    /// <summary>The keys a page may use; anything else is reported with a suggestion.</summary>
    public static readonly IReadOnlyList<string> KnownKeys = ["title", "summary", "order", "audience", "tags", "topics", Situation.Key];

    /// <summary>The reader's situations, on a language's home page only (<c>situations:</c>).</summary>
    public IReadOnlyList<Situation> Situations { get; init; } = [];
}
