using Guide.Output;

namespace Guide.Building;

/// <summary>
/// What a build produced: the files (when it succeeded; held in memory only when the build was asked to
/// keep them there, see <see cref="SiteBuilder.Build()"/>), every problem found, and where the time went.
/// </summary>
public sealed record BuildResult(
    OutputFiles? Files,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyDictionary<string, int> PagesPerLanguage,
    IReadOnlyList<(string Phase, TimeSpan Time)> Phases)
{
    /// <summary>True when every phase ran to its end, so the output holds the whole site.</summary>
    public bool Complete { get; init; }

    /// <summary>How many files the build wrote.</summary>
    public int FileCount { get; init; }

    public bool Succeeded => Complete && !Diagnostics.Any(d => d.IsError);
}
