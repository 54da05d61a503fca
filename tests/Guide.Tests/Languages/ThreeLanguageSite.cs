
namespace Guide.Tests.Languages;

/// <summary>
/// A guide in three languages (Chinese, English, Japanese): home pages, a section with two pages that
/// link each other, a worksheet in all three, and one page written only in Chinese, which the English
/// and Japanese sites show from the Chinese with a notice.
/// </summary>
public static class ThreeLanguageSite
{
    public const string SiteYml = """
        title: { zh-CN: 面谈指南, en: Review Guide, ja: 面談ガイド }
        languages:
          - { code: zh-CN, label: 简体中文 }
          - { code: en, label: English }
          - { code: ja, label: 日本語 }
        internal: true
        worksheets: { bilingual: true }
        """;

    public static Dictionary<string, string> Files() => new()
    {
        ["input/site.yml"] = SiteYml,
        ["input/zh-CN/index.md"] = Page("首页", "从这里开始。", 0, "欢迎。先读[倾听](during/listening.md#复述确认)，再填[三三自评表](worksheet:W2)。"),
        ["input/en/index.md"] = Page("Home", "Start here.", 0, "Welcome. Read [listening](during/listening.md#restate-to-confirm) first, then fill in the [Three-three self-assessment](worksheet:W2)."),
        ["input/ja/index.md"] = Page("ホーム", "ここから始めます。", 0, "ようこそ。まず[傾聴](during/listening.md#言い換えて確かめる)を読みましょう。"),
        ["input/zh-CN/during/index.md"] = Page("面谈中", "面谈进行时。", 10, "## 面谈中要做的事\n\n认真听。"),
        ["input/ja/during/index.md"] = Page("面談中", "面談のあいだ。", 10, "## 面談中にすること\n\nよく聴きます。"),
        ["input/zh-CN/during/listening.md"] = Page("积极倾听", "听懂再回应。", 20, "## 复述确认\n\n用自己的话复述上级的意思。面谈后看[记笔记](notes.md#记下约定)。\n\n## 下一步\n\n回到[首页](../index.md)。"),
        ["input/en/during/listening.md"] = Page("Active listening", "Understand before you answer.", 20, "## Restate to confirm\n\nSay back what you heard in your own words. Afterwards see [notes](notes.md#记下约定).\n\n## Next steps\n\nBack to the [home page](../index.md)."),
        ["input/ja/during/listening.md"] = Page("傾聴", "理解してから答えます。", 20, "## 言い換えて確かめる\n\n聞いたことを自分の言葉で言い直します。後で[メモ](notes.md#记下约定)を見ます。\n\n## 次のステップ\n\n[ホーム](../index.md)に戻ります。"),
        // Written in Chinese only, and linked from the other languages' pages all the same.
        ["input/zh-CN/during/notes.md"] = Page("记笔记", "记下要点。", 30, "## 记下约定\n\n写下目标、负责人和日期。再看[复述确认](listening.md#复述确认)。\n\n## 面谈后\n\n当天整理笔记。"),
        ["input/en/during/index.md"] = Page("During", "In the conversation.", 10, "## What to do in the conversation\n\nListen well, and [take notes](notes.md)."),
        ["worksheets/w2-three-three.yml"] = Worksheet,
    };

    /// <summary>A small worksheet written in all three languages.</summary>
    public const string Worksheet = """
        id: W2
        title: {zh-CN: 三三自评表, en: Three-three self-assessment, ja: 三つずつの自己評価}
        purpose: {zh-CN: 面谈前理清自己。, en: Sort out your thoughts before the review., ja: 面談の前に考えを整理します。}
        when: {zh-CN: 面谈前一周。, en: A week before the review., ja: 面談の一週間前。}
        steps:
          - {zh-CN: 写三件事。, en: Write three things., ja: 三つ書きます。}
        intro: {zh-CN: 每栏写三条。, en: Three entries in each box., ja: 各欄に三つずつ書きます。}
        sections:
          - heading: {zh-CN: 基本信息, en: About you, ja: 基本情報}
            fields:
              - id: name
                kind: text
                header: true
                label: {zh-CN: 姓名, en: Name, ja: 氏名}
                help: {zh-CN: 你的姓名。, en: Your name., ja: あなたの氏名。}
              - id: proud
                kind: table
                rows: 3
                label: {zh-CN: 最自豪的三件事, en: Three results you are proudest of, ja: 誇りに思う三つの成果}
                help: {zh-CN: 写成果和原因。, en: The result and why it worked., ja: 成果とその理由。}
                columns:
                  - {id: result, label: {zh-CN: 成果, en: Result, ja: 成果}}
                  - {id: why, label: {zh-CN: 原因, en: Why it worked, ja: 理由}}
              - id: signed
                kind: signatures
                label: {zh-CN: 签名, en: Signatures, ja: 署名}
                help: {zh-CN: 双方签名。, en: Both sign., ja: 双方が署名します。}
                signers:
                  - {id: employee, label: {zh-CN: 员工, en: Employee, ja: 社員}}
        """;

    public static FixtureSite Create() => new(Files());

    private static string Page(string title, string summary, int order, string body) =>
        $"---\ntitle: {title}\nsummary: {summary}\norder: {order}\n---\n\n{body}\n";
}
