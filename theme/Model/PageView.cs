using Microsoft.AspNetCore.Components;

namespace Guide.Theme.Model;

/// <summary>A link in the navigation, breadcrumbs or pager. <see cref="Href"/> is already relative to the current page.</summary>
public sealed record NavLink(string Title, string Href, bool IsCurrent = false);

/// <summary>A section of the sidebar: its own page and its pages, in order.</summary>
public sealed record NavSection(NavLink Link, IReadOnlyList<NavLink> Pages, bool ContainsCurrent);

/// <summary>
/// The same page in another language (or that language's home page when there is no translation).
/// <see cref="Anchors"/> pairs this page's heading ids with the translation's (<c>复述确认=restate</c>, space-separated)
/// when both pages have the same headings in the same order, so the switch can keep the reader's place.
/// </summary>
public sealed record LanguageLink(string Lang, string Label, string Href, bool IsCurrent, bool IsTranslation, string? Anchors = null);

/// <summary>A situation a reader arrives in, offered as a large link at the top of the home pages.</summary>
public sealed record SituationLink(string Title, string Text, string Href);

/// <summary>An h2/h3 of the page, for the on-page table of contents.</summary>
public sealed record TocEntry(int Level, string Text, string Id);

/// <summary>Where the theme's CSS and JS files are, relative to the current page (names carry a content hash).</summary>
public sealed record AssetLinks(IReadOnlyList<string> Styles, IReadOnlyList<string> HeadScripts, IReadOnlyList<string> Scripts);

/// <summary>The organisation's look, from site.yml.</summary>
public sealed record Branding(string SiteTitle, string? Organisation, string? LogoHref, string? Footer);

/// <summary>
/// What a page shown in place of its missing translation says about itself: a notice in the reader's
/// language and a link to the original, whose language the content is in.
/// </summary>
public sealed record FallbackNotice(string Text, string OriginalLabel, string OriginalHref, string OriginalLang);

/// <summary>The two reader paths offered in the header.</summary>
public sealed record ReaderPaths(NavLink Employee, NavLink Manager);

/// <summary>Everything the page layout shows. Built by the generator; the theme only renders it.</summary>
public sealed record PageView
{
    public required string Lang { get; init; }

    public required string Title { get; init; }

    public string? Summary { get; init; }

    public required string Root { get; init; }

    public required MarkupString Body { get; init; }

    public required Branding Brand { get; init; }

    public required UiText Text { get; init; }

    public required AssetLinks Assets { get; init; }

    public IReadOnlyList<NavLink> RootPages { get; init; } = [];

    public IReadOnlyList<NavSection> Nav { get; init; } = [];

    public IReadOnlyList<LanguageLink> Languages { get; init; } = [];

    public IReadOnlyList<TocEntry> Toc { get; init; } = [];

    public IReadOnlyList<NavLink> Breadcrumbs { get; init; } = [];

    public NavLink? Previous { get; init; }

    public NavLink? Next { get; init; }

    public string? EditUrl { get; init; }

    public string? LastUpdated { get; init; }

    public ReaderPaths? Paths { get; init; }

    public string? HomeHref { get; init; }

    /// <summary>The print edition of this language: the whole guide on one page.</summary>
    public string? PrintHref { get; init; }

    public bool NoIndex { get; init; }

    /// <summary>Set on a page shown in place of its missing translation; null on every other page.</summary>
    public FallbackNotice? Fallback { get; init; }

    /// <summary>The situations at the top of a language's home page (from its front matter); empty elsewhere.</summary>
    public IReadOnlyList<SituationLink> Situations { get; init; } = [];

    /// <summary>The site's icon, relative to the page: the logo of site.yml, or the theme's own.</summary>
    public string? IconHref { get; init; }

    public string? SearchIndexHref { get; init; }

    public string? OtherSearchIndexHref { get; init; }

    public string? OtherLang { get; init; }

    /// <summary>The label of the box that adds the other language's results ("Also search the Chinese pages").</summary>
    public string? OtherSearchLabel { get; init; }

    /// <summary>Extra classes on &lt;body&gt; (home, print edition…), so CSS can vary without inline styles.</summary>
    public string BodyClass { get; init; } = "";
}
