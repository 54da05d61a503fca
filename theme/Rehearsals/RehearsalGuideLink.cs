namespace Guide.Theme.Rehearsals;

/// <summary>A choice's link into the guide, with its href already relative to the rehearsal page.</summary>
/// <param name="Href">Where it leads.</param>
/// <param name="PageTitle">The title of the page.</param>
/// <param name="Heading">The heading it points at, when it points at one.</param>
public sealed record RehearsalGuideLink(string Href, string PageTitle, string? Heading)
{
    /// <summary>"Page › Heading", or the page title alone.</summary>
    public string Label => Heading is null ? PageTitle : $"{PageTitle} › {Heading}";
}

/// <summary>One rehearsal on the index page, with its link relative to that page.</summary>
public sealed record RehearsalListItem(Guide.Rehearsals.Rehearsal Rehearsal, string Href);
