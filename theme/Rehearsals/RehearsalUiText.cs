using System.Globalization;
using Guide.Rehearsals;
using Guide.Worksheets;

namespace Guide.Theme.Rehearsals;

/// <summary>
/// The words of a rehearsal page that are not in its definition (headings, labels, the player's buttons),
/// per language. Kept beside the components so the page and its words change together.
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

    /// <summary>Simplified Chinese.</summary>
    public static RehearsalUiText Chinese { get; } = new()
    {
        Situation = "情境",
        You = "你",
        Them = "对方",
        Script = "完整脚本",
        ScriptIntro = "下面是这段对话的全部分支：每个场景列出所有可选的回应，以及每种回应会把谈话带向哪里。顺着“接下来”的链接往下读，就能走完任意一条路。",
        PlayIntro = "一次只看一个场景：读对方的话，选一个你最可能说出口的回应，看看它带来什么，再往下走。选错了可以撤回。",
        SceneFormat = "场景 {0}",
        EndingFormat = "结局 {0}：{1}",
        Prompt = "你可以这样回应：",
        Why = "为什么：",
        ReadMore = "指南里的讲解：",
        NextFormat = "接下来：{0}",
        Debrief = "复盘",
        Verdicts = new Dictionary<Verdict, string> { [Verdict.Helps] = "有帮助", [Verdict.Mixed] = "有利有弊", [Verdict.Hurts] = "适得其反" },
        Outcomes = new Dictionary<Outcome, string> { [Outcome.Good] = "好的结局", [Outcome.Mixed] = "喜忧参半", [Outcome.Poor] = "不理想的结局" },
        Continue = "继续",
        ToEnding = "看看结局",
        Back = "撤回上一步",
        Restart = "重新开始",
        ShowScript = "查看完整脚本",
        HideScript = "回到演练",
        YouSaid = "你说：",
        YourTurn = "你怎么回应？",
        StepFormat = "第 {0} 步",
        Path = "你走过的路",
        Resumed = "已接着上次的进度继续。",
        Privacy = "进度只保存在这台设备的这个浏览器里，不会发送到任何地方。",
        IndexIntro = "真正难的往往是面谈里的某一刻：对方说了一句你没准备的话。在这里先走一遍：读对方的话，选一个回应，看看它把谈话带向哪里。每个选择后面都有讲解和指南里的对应章节。",
        Groups = new Dictionary<RehearsalAudience, string> { [RehearsalAudience.Employee] = "员工：面谈里最难接的几句话", [RehearsalAudience.Manager] = "管理者：四类员工的面谈" },
        CountFormat = "{0} 个场景 · {1} 种结局",
        Open = "开始练习",
        SearchTags = ["对话演练", "练习", "模拟面谈", "角色扮演"],
    };

    /// <summary>English.</summary>
    public static RehearsalUiText English { get; } = new()
    {
        Situation = "The situation",
        You = "You",
        Them = "The other person",
        Script = "The whole script",
        ScriptIntro = "Below is every branch of the conversation: each scene lists all the answers you could give and where each one leads. Follow the \"next\" links to walk any path to its end.",
        PlayIntro = "One scene at a time: read what they say, pick the answer you would most likely give, see what it does, then carry on. You can undo a choice.",
        SceneFormat = "Scene {0}",
        EndingFormat = "Ending {0}: {1}",
        Prompt = "You could say:",
        Why = "Why: ",
        ReadMore = "In the guide: ",
        NextFormat = "Next: {0}",
        Debrief = "Debrief",
        Verdicts = new Dictionary<Verdict, string> { [Verdict.Helps] = "Helps", [Verdict.Mixed] = "Mixed", [Verdict.Hurts] = "Backfires" },
        Outcomes = new Dictionary<Outcome, string> { [Outcome.Good] = "A good ending", [Outcome.Mixed] = "A mixed ending", [Outcome.Poor] = "A poor ending" },
        Continue = "Continue",
        ToEnding = "See how it ends",
        Back = "Undo last choice",
        Restart = "Start again",
        ShowScript = "Show the whole script",
        HideScript = "Back to the rehearsal",
        YouSaid = "You said:",
        YourTurn = "How do you answer?",
        StepFormat = "Step {0}",
        Path = "The path you took",
        Resumed = "Picked up where you left off.",
        Privacy = "Your progress is kept only in this browser on this device and is never sent anywhere.",
        IndexIntro = "The hard part of a review is often one moment: the other person says something you did not prepare for. Walk through it here first: read what they say, pick an answer and see where it takes the conversation. Every choice comes with an explanation and the section of the guide behind it.",
        Groups = new Dictionary<RehearsalAudience, string> { [RehearsalAudience.Employee] = "For employees: the hardest lines to answer", [RehearsalAudience.Manager] = "For managers: four kinds of conversation" },
        CountFormat = "{0} scenes · {1} endings",
        Open = "Start practising",
        SearchTags = ["practice conversation", "practise", "rehearsal", "role play"],
    };

    /// <summary>The words for <paramref name="language"/>; anything but English gets Chinese.</summary>
    public static RehearsalUiText For(string language) =>
        string.Equals(language, WorksheetLanguages.English, StringComparison.OrdinalIgnoreCase) ? English : Chinese;

    public string Scene(int number) => string.Format(CultureInfo.InvariantCulture, SceneFormat, number);

    public string Ending(int number, string title) => string.Format(CultureInfo.InvariantCulture, EndingFormat, number, title);

    public string Next(string where) => string.Format(CultureInfo.InvariantCulture, NextFormat, where);

    public string Count(int scenes, int endings) => string.Format(CultureInfo.InvariantCulture, CountFormat, scenes, endings);
}
