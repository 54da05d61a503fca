using Guide.Markdown;

namespace Guide.Preparation;

/// <summary>
/// A sentence to say, from a <c>:::say</c> callout: one paragraph or list item. <see cref="Id"/> is a
/// hash of its words, so a reader's star stays on it however the pages around it change.
/// </summary>
public sealed record Phrase(string Id, string Text);

/// <summary>
/// The phrases of one situation: a page, and the h2 or h3 section of it that the callouts stand in
/// (null for callouts above the first heading), in the order they appear.
/// </summary>
public sealed record PhraseGroup(PageDocument Document, Heading? Section, IReadOnlyList<Phrase> Phrases);
