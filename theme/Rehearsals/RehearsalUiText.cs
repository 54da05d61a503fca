using System.Globalization;
using Guide.Rehearsals;
using Guide.Theme.Model;

namespace Guide.Theme.Rehearsals;

/// <summary>
/// The words of a rehearsal page that are not in its definition (headings, labels, the player's buttons)
/// in one language, as typed fields over the theme's UI words.
/// </summary>
public sealed record RehearsalUiText
{
    public required string Situation { get; init; }
    public required string You { get; init; }
    public required string Them { get; init; }
    public required string Script { get; init; }
    public required string ScriptIntro { get; init; }
    public required string PlayIntro { get; init; }
    public required string SceneFormat { get; init; }
    public required string EndingFormat { get; init; }
    public required string Prompt { get; init; }
    public required string Why { get; init; }
    public required string ReadMore { get; init; }
    public required string NextFormat { get; init; }
    public required string Debrief { get; init; }
    public required IReadOnlyDictionary<Verdict, string> Verdicts { get; init; }
    public required IReadOnlyDictionary<Outcome, string> Outcomes { get; init; }
    public required string Continue { get; init; }
    public required string ToEnding { get; init; }
    public required string Back { get; init; }
    public required string Restart { get; init; }
    public required string ShowScript { get; init; }
    public required string HideScript { get; init; }
    public required string YouSaid { get; init; }
    public required string YourTurn { get; init; }
    public required string StepFormat { get; init; }
    public required string Path { get; init; }
    public required string Resumed { get; init; }
    public required string Privacy { get; init; }
    public required string IndexIntro { get; init; }
    public required IReadOnlyDictionary<RehearsalAudience, string> Groups { get; init; }
    public required string CountFormat { get; init; }
    public required string Open { get; init; }
    public required IReadOnlyList<string> SearchTags { get; init; }

    /// <summary>The words of one language, from the theme's <c>rehearsal.*</c> keys.</summary>
    public static RehearsalUiText From(UiText text) => new()
    {
        Situation = text["rehearsal.situation"],
        You = text["rehearsal.you"],
        Them = text["rehearsal.them"],
        Script = text["rehearsal.script"],
        ScriptIntro = text["rehearsal.scriptIntro"],
        PlayIntro = text["rehearsal.playIntro"],
        SceneFormat = text["rehearsal.scene"],
        EndingFormat = text["rehearsal.ending"],
        Prompt = text["rehearsal.prompt"],
        Why = text["rehearsal.why"],
        ReadMore = text["rehearsal.readMore"],
        NextFormat = text["rehearsal.next"],
        Debrief = text["rehearsal.debrief"],
        Verdicts = Enum.GetValues<Verdict>().ToDictionary(v => v, v => text["rehearsal.verdict." + Judgements.Name(v)]),
        Outcomes = Enum.GetValues<Outcome>().ToDictionary(o => o, o => text["rehearsal.outcome." + Judgements.Name(o)]),
        Continue = text["rehearsal.continue"],
        ToEnding = text["rehearsal.toEnding"],
        Back = text["rehearsal.back"],
        Restart = text["rehearsal.restart"],
        ShowScript = text["rehearsal.showScript"],
        HideScript = text["rehearsal.hideScript"],
        YouSaid = text["rehearsal.youSaid"],
        YourTurn = text["rehearsal.yourTurn"],
        StepFormat = text["rehearsal.step"],
        Path = text["rehearsal.path"],
        Resumed = text["rehearsal.resumed"],
        Privacy = text["rehearsal.privacy"],
        IndexIntro = text["rehearsal.indexIntro"],
        Groups = Enum.GetValues<RehearsalAudience>().ToDictionary(a => a, a => text["rehearsal.group." + Judgements.Name(a)]),
        CountFormat = text["rehearsal.count"],
        Open = text["rehearsal.open"],
        SearchTags = text.List("rehearsal.searchTags"),
    };

    public string Scene(int number) => string.Format(CultureInfo.InvariantCulture, SceneFormat, number);

    public string Ending(int number, string title) => string.Format(CultureInfo.InvariantCulture, EndingFormat, number, title);

    public string Next(string where) => string.Format(CultureInfo.InvariantCulture, NextFormat, where);

    public string Count(int scenes, int endings) => string.Format(CultureInfo.InvariantCulture, CountFormat, scenes, endings);
}
