namespace Guide.Worksheets;

/// <summary>
/// A piece of worksheet text in both languages of the guide. Both are required by validation,
/// so rendering never has to fall back from one language to the other.
/// </summary>
public sealed record LocalizedText(string ZhCN, string En)
{
    /// <summary>Where the zh-CN text starts in its definition file, for diagnostics; null for text made in code.</summary>
    public SourcePosition? ZhCNAt { get; init; }

    /// <summary>Where the en text starts in its definition file, for diagnostics; null for text made in code.</summary>
    public SourcePosition? EnAt { get; init; }

    /// <summary>The text for <paramref name="language"/> (<c>zh-CN</c> or <c>en</c>).</summary>
    public string Get(string language) =>
        string.Equals(language, WorksheetLanguages.English, StringComparison.OrdinalIgnoreCase) ? En : ZhCN;

    /// <summary>The text for an edition; the bilingual edition joins both with a slash.</summary>
    public string Get(WorksheetEdition edition) =>
        edition.IsBilingual ? $"{ZhCN} / {En}" : Get(edition.Language);

    /// <summary>Texts are equal when their words are; where they were written does not count.</summary>
    public bool Equals(LocalizedText? other) => other is not null && ZhCN == other.ZhCN && En == other.En;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(ZhCN, En);
}

/// <summary>A line and column (both from 1) in a definition file.</summary>
public sealed record SourcePosition(int Line, int Column);

/// <summary>The language codes a worksheet is written in, zh-CN first as in the rest of the guide.</summary>
public static class WorksheetLanguages
{
    /// <summary>Simplified Chinese, the guide's default language.</summary>
    public const string Chinese = "zh-CN";

    /// <summary>English.</summary>
    public const string English = "en";

    /// <summary>Both, in the order they appear on a bilingual form.</summary>
    public static IReadOnlyList<string> All { get; } = [Chinese, English];
}
