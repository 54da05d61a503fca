namespace Guide.Rehearsals.Tests;

/// <summary>A small valid rehearsal, and ways to load a changed copy of it the way the build does.</summary>
internal static class Fixture
{
    public const string Path = "rehearsals/practice.yml";

    /// <summary>Two scenes and two endings; line numbers matter to the tests that change it.</summary>
    public const string Valid = """
        title: {zh-CN: 练习, en: Practice}
        audience: employee
        summary: {zh-CN: 一句话。, en: One line.}
        situation: {zh-CN: 情境。, en: The situation.}
        roles:
          you: {zh-CN: 你, en: You}
          them: {zh-CN: 上级, en: Your manager}
        scenes:
          - id: opening
            says: {zh-CN: 第一句。, en: First line.}
            choices:
              - say: {zh-CN: 好的回答。, en: A good answer.}
                verdict: helps
                effect: {zh-CN: 效果。, en: Effect.}
                why: {zh-CN: 原因。, en: Why.}
                read: {zh-CN: during/listening.md#复述确认, en: during/listening.md#restate-to-confirm}
                next: follow-up
              - say: {zh-CN: 差的回答。, en: A poor answer.}
                verdict: hurts
                effect: {zh-CN: 效果。, en: Effect.}
                why: {zh-CN: 原因。, en: Why.}
                read: {zh-CN: during/listening.md, en: during/listening.md}
                next: end-poor
          - id: follow-up
            says: {zh-CN: 第二句。, en: Second line.}
            choices:
              - say: {zh-CN: 收尾。, en: Wrap up.}
                verdict: helps
                effect: {zh-CN: 效果。, en: Effect.}
                why: {zh-CN: 原因。, en: Why.}
                read: {zh-CN: during/listening.md#复述确认, en: during/listening.md#restate-to-confirm}
                next: end-good
              - say: {zh-CN: 再问一次。, en: Ask again.}
                verdict: mixed
                effect: {zh-CN: 效果。, en: Effect.}
                why: {zh-CN: 原因。, en: Why.}
                read: {zh-CN: during/listening.md#复述确认, en: during/listening.md#restate-to-confirm}
                next: opening
        endings:
          - id: end-good
            outcome: good
            title: {zh-CN: 好结局, en: Good}
            debrief: {zh-CN: 复盘。, en: Debrief.}
          - id: end-poor
            outcome: poor
            title: {zh-CN: 差结局, en: Poor}
            says: {zh-CN: 最后一句。, en: Last words.}
            debrief: {zh-CN: 复盘。, en: Debrief.}
        """;

    /// <summary>The shipped guide's languages, its default first.</summary>
    public static readonly IReadOnlyList<string> Languages = ["zh-CN", "en"];

    /// <summary>The theme's words for them, as <c>guide new rehearsal</c> passes them to the skeleton.</summary>
    public static string Word(string lang, string key) => Guide.Theme.Model.ThemeWords.For(Languages)[lang][key];

    public static (Rehearsal? Rehearsal, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text, string path = Path)
    {
        var diagnostics = new DiagnosticBag();
        var rehearsal = RehearsalCatalog.Parse(path, text, Languages, diagnostics);
        return (rehearsal, diagnostics.Sorted());
    }

    /// <summary>The fixture with one exact piece of text replaced; fails loudly when the text is not there.</summary>
    public static string With(string find, string replace)
    {
        Assert.Contains(find, Valid, StringComparison.Ordinal);
        return Valid.Replace(find, replace, StringComparison.Ordinal);
    }
}

/// <summary>A guide with one page per language, its headings given, standing in for the site.</summary>
internal sealed class FakePages : IGuidePages
{
    private readonly Dictionary<(string Lang, string Path), GuidePage> _pages = new()
    {
        [("zh-CN", "during/listening.md")] = new("积极倾听", "zh-CN/during/listening/", [new("复述确认", "复述确认"), new("下一步", "下一步")]),
        [("en", "during/listening.md")] = new("Listen", "en/during/listening/", [new("restate-to-confirm", "Restate to confirm"), new("next-steps", "Next steps")]),
        [("zh-CN", "index.md")] = new("首页", "zh-CN/", []),
        [("en", "index.md")] = new("Home", "en/", []),
    };

    public IReadOnlyCollection<string> Languages { get; } = ["zh-CN", "en"];

    public GuidePage? Find(string lang, string path) => _pages.GetValueOrDefault((lang, path));

    public IEnumerable<string> Paths(string lang) => _pages.Keys.Where(k => k.Lang == lang).Select(k => k.Path);
}
