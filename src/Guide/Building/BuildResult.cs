using Guide.Output;

namespace Guide.Building;

/// <summary>What a build produced: the files (when it succeeded), every problem found, and where the time went.</summary>
public sealed record BuildResult(
    OutputFiles? Files,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyDictionary<string, int> PagesPerLanguage,
    IReadOnlyList<(string Phase, TimeSpan Time)> Phases)
{
    public bool Succeeded => Files is not null && !Diagnostics.Any(d => d.IsError);
}
