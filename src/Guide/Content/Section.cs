using Guide.Markdown;

namespace Guide.Content;

/// <summary>
/// A folder of pages in one language. Its title and position come from its <c>index.md</c>;
/// without one, the folder name stands in.
/// </summary>
public sealed record Section(string Name, PageDocument? Index, IReadOnlyList<PageDocument> Pages)
{
    public string Title => Index?.Page.Meta.Title ?? Name;

    public int Order => Index?.Page.Meta.Order ?? int.MaxValue;
}
