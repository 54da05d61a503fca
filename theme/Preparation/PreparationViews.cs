namespace Guide.Theme.Preparation;

/// <summary>A sentence of the phrase bank and the id its star is kept under.</summary>
public sealed record PhraseView(string Id, string Text);

/// <summary>The sentences of one section of a page; <see cref="Heading"/> is null above the page's first heading.</summary>
public sealed record PhraseSectionView(string? Heading, string Href, IReadOnlyList<PhraseView> Phrases);

/// <summary>A page with sentences to say: its title, address, readers (employee, manager or all), tags and sections.</summary>
public sealed record PhrasePageView(string Title, string Href, string Audience, IReadOnlyList<string> Tags, IReadOnlyList<PhraseSectionView> Sections);

/// <summary>Where the card looks for a part: a localStorage key, the language it was entered in and that language's name.</summary>
public sealed record CardSourceView(string Key, string Lang, string Label);

/// <summary>
/// One part of the card: its name (gaps, proud, improve, support, questions), heading, the worksheet
/// it comes from (title and page), where that worksheet's answers are kept (this page's language
/// first) and the form control names of each row.
/// </summary>
public sealed record CardPartView(string Name, string Heading, string WorksheetTitle, string WorksheetHref,
    IReadOnlyList<CardSourceView> Sources, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>
/// What the device panel names things by when it lists what is kept or what an import replaces: the
/// worksheets (id to "W2 三三自评表"), languages, rehearsals and pages (address to title).
/// </summary>
public sealed record DeviceView(
    IReadOnlyDictionary<string, string> Worksheets,
    IReadOnlyDictionary<string, string> Languages,
    IReadOnlyDictionary<string, string> Rehearsals,
    IReadOnlyDictionary<string, string> Pages);
