using Guide.Rehearsals;

namespace Guide.Content;

/// <summary>A rehearsal as content pages see it: its id for <c>rehearsal:ID</c> links and its title.</summary>
public sealed record RehearsalLink(string Id, LocalizedText Title)
{
    public const string Scheme = "rehearsal:";

    /// <summary>The class of a link to a rehearsal on a content page.</summary>
    public const string CssClass = "rehearsal-link";

    public static string IndexUrl(string lang) => $"{lang}/rehearsals/";

    public string Url(string lang) => UrlOf(Id, lang);

    public static string UrlOf(string id, string lang) => $"{lang}/rehearsals/{id}/";

    public static RehearsalLink Of(Rehearsal rehearsal) =>
        new(rehearsal.Id, rehearsal.Title);
}
