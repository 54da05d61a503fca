using System.Text.Json;
using System.Text.Json.Serialization;
using Guide.Content;

namespace Guide.Markdown;

/// <summary>A heading a link can lead to: its level and its anchor.</summary>
public sealed record TargetHeading(int Level, string Id);

/// <summary>A page a link can lead to: its path below its language folder, its address and its headings.</summary>
public sealed record TargetPage(string RelativePath, string Url, IReadOnlyList<TargetHeading> Headings)
{
    [JsonIgnore]
    public IEnumerable<string> Anchors => Headings.Select(h => h.Id);
}

/// <summary>
/// Everything <see cref="LinkResolver"/> reads besides the page being rendered: the pages with their
/// anchors, the worksheets and rehearsals, the files below the input folder and which of them are
/// published, and the link style. The resolver sees nothing else, so its <see cref="Fingerprint"/> (over
/// every property, whatever is added later) is a complete key for what a body's links depend on.
/// </summary>
public sealed class LinkTargets
{
    private string? _fingerprint;

    public required string InputDir { get; init; }

    public required bool Portable { get; init; }

    /// <summary>Pages by <c>lang/relative-path</c>.</summary>
    public required SortedDictionary<string, TargetPage> Pages { get; init; }

    /// <summary>Worksheet slugs by id.</summary>
    public required SortedDictionary<string, string> Worksheets { get; init; }

    public required IReadOnlyList<string> Rehearsals { get; init; }

    /// <summary>Every file below the input folder, by its path there.</summary>
    public required IReadOnlyList<string> InputFiles { get; init; }

    /// <summary>The files published as they are, by their path below the input folder.</summary>
    public required IReadOnlyList<string> Published { get; init; }

    private HashSet<string>? _inputFiles;
    private HashSet<string>? _published;

    public static LinkTargets Of(Site site, string inputDir, bool portable) => new()
    {
        InputDir = inputDir,
        Portable = portable,
        Pages = new(site.Documents.ToDictionary(
            d => $"{d.Page.Lang}/{d.Page.RelativePath}",
            d => new TargetPage(d.Page.RelativePath, d.Page.Url, [.. d.Headings.Select(h => new TargetHeading(h.Level, h.Id))])), StringComparer.Ordinal),
        Worksheets = new(site.Worksheets.ToDictionary(w => w.Id, w => w.Slug), StringComparer.Ordinal),
        Rehearsals = [.. site.Rehearsals.Select(r => r.Id)],
        InputFiles = [.. site.InputFiles.Order(StringComparer.Ordinal)],
        Published = [.. site.Assets.Select(a => a.RelativePath).Order(StringComparer.Ordinal)],
    };

    public TargetPage? Find(string lang, string relativePath) => Pages.GetValueOrDefault($"{lang}/{relativePath}");

    public bool IsInput(string relativePath) => (_inputFiles ??= [.. InputFiles]).Contains(relativePath);

    public bool IsPublished(string relativePath) => (_published ??= [.. Published]).Contains(relativePath);

    /// <summary>A key over every other property, for the memo of rendered bodies.</summary>
    [JsonIgnore]
    public string Fingerprint => _fingerprint ??= Building.BuildMemo.Key(JsonSerializer.Serialize(this, Building.MemoJson.Default.LinkTargets));
}
