namespace Guide.Rendering;

/// <summary>
/// How a page's body is written as a chapter of a print edition rather than as its own page: every id gets
/// the chapter's <paramref name="IdPrefix"/> (so ids stay unique in the edition), headings sit one level
/// lower (below the chapter's title), and each link and image, as the page would write it, is
/// <paramref name="Link"/>ed or <paramref name="Image"/>d to what it is from the edition.
/// </summary>
public sealed record ChapterForm(string IdPrefix, Func<string, string> Link, Func<string, string> Image)
{
    /// <summary>The level a heading of the page has in its chapter: h2 to h5 go one down; h1 and h6 stay.</summary>
    public static int Level(int level) => level is >= 2 and <= 5 ? level + 1 : level;
}
