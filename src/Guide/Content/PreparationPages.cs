namespace Guide.Content;

/// <summary>The addresses of the reader's own pages: the phrase bank and "my card", in every language of the site.</summary>
public static class PreparationPages
{
    /// <summary>The folders below each language that these pages take (a content page cannot use them).</summary>
    public static readonly IReadOnlyList<string> Folders = ["phrases", "my-card"];

    public static string PhrasesUrl(string lang) => $"{lang}/phrases/";

    public static string CardUrl(string lang) => $"{lang}/my-card/";
}
