namespace Guide.Theme.Preparation;

/// <summary>Where the browser keeps the reader's stars, beside the worksheets, checklists and rehearsals (all under <c>review-guide:</c>).</summary>
public static class PreparationStorage
{
    /// <summary>The starred sentences of one language, e.g. <c>review-guide:phrases:zh-CN</c>: phrase id to its words.</summary>
    public static string PhrasesKey(string language) => $"review-guide:phrases:{language}";
}
