namespace Guide.Rehearsals;

/// <summary>
/// The guide's pages as a rehearsal's <c>read:</c> links see them. The site builder provides it, so
/// this library checks links without knowing how the site is built.
/// </summary>
public interface IGuidePages
{
    /// <summary>The languages the guide has pages in.</summary>
    IReadOnlyCollection<string> Languages { get; }

    /// <summary>The page at <paramref name="path"/> below the language folder (<c>during/responding.md</c>), or null.</summary>
    GuidePage? Find(string lang, string path);

    /// <summary>Every page path of a language, for "did you mean".</summary>
    IEnumerable<string> Paths(string lang);
}

/// <summary>A page of the guide: its title, its address below the site root and its headings.</summary>
public sealed record GuidePage(string Title, string Url, IReadOnlyList<GuideHeading> Headings);

/// <summary>A heading of a page: the anchor links use and the words shown.</summary>
public sealed record GuideHeading(string Id, string Text);

/// <summary>Where a <c>read:</c> link leads: an address below the site root (with its anchor) and the words to show for it.</summary>
public sealed record GuideSection(string Url, string PageTitle, string? Heading);
