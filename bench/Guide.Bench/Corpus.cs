using System.Globalization;
using System.Text;

namespace Guide.Bench;

/// <summary>
/// A synthetic bilingual guide of N pages per language in our input format, about 7.5 KB a page, with
/// headings, paragraphs, lists, a table, emphasis and links between pages. The same N always gives the
/// same files, so timings of two tools (or two commits) are on identical input.
/// </summary>
public static class Corpus
{
    private const int PagesPerSection = 50;

    private static readonly string[] ZhWords =
    [
        "绩效", "面谈", "目标", "复盘", "改进", "计划", "反馈", "沟通", "主管", "员工", "数据", "事实", "原因", "支持",
        "培训", "进展", "每周", "检查点", "结果", "承诺", "倾听", "复述", "确认", "记录", "行动", "责任人", "期限", "客户",
    ];

    private static readonly string[] EnWords =
    [
        "review", "goal", "feedback", "manager", "employee", "plan", "improve", "listening", "evidence", "support",
        "training", "progress", "weekly", "checkpoint", "result", "commitment", "restate", "confirm", "record",
        "action", "owner", "deadline", "customer", "conversation", "rating", "target", "gap", "cause",
    ];

    public static void Write(string inputDir, int pagesPerLanguage)
    {
        if (Directory.Exists(inputDir))
        {
            Directory.Delete(inputDir, recursive: true);
        }
        Directory.CreateDirectory(inputDir);
        File.WriteAllText(Path.Combine(inputDir, "site.yml"),
            "title: { zh-CN: 基准测试, en: Benchmark }\nlanguages:\n  - { code: zh-CN, label: 简体中文 }\n  - { code: en, label: English }\ninternal: true\n");
        foreach (var lang in new[] { "zh-CN", "en" })
        {
            // Every language needs a home page (GUIDE005); the corpus's pages are all in sections below it.
            var home = lang == "zh-CN" ? "---\ntitle: 基准测试\n---\n\n各节的页面。\n" : "---\ntitle: Benchmark\n---\n\nThe pages of every section.\n";
            Directory.CreateDirectory(Path.Combine(inputDir, lang));
            File.WriteAllText(Path.Combine(inputDir, lang, "index.md"), home);
            for (var i = 0; i < pagesPerLanguage; i++)
            {
                var path = Path.Combine(inputDir, lang, PagePath(i));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, Page(lang, i, pagesPerLanguage));
            }
        }
    }

    /// <summary>Section index pages come first in each section, so every section has its own page.</summary>
    private static string PagePath(int i) =>
        i % PagesPerSection == 0 ? $"s{i / PagesPerSection:D3}/index.md" : $"s{i / PagesPerSection:D3}/p{i:D5}.md";

    private static string Page(string lang, int i, int total)
    {
        var random = new Random(i * 7919 + (lang == "en" ? 1 : 0));
        var zh = lang == "zh-CN";
        var text = new StringBuilder();
        var title = zh ? $"第 {i} 页：{Words(random, ZhWords, 3, zh)}" : $"Page {i}: {Words(random, EnWords, 3, zh)}";
        text.Append(CultureInfo.InvariantCulture, $"---\ntitle: \"{title}\"\nsummary: \"{Sentence(random, zh, 12)}\"\norder: {i % PagesPerSection}\naudience: all\ntags: [bench]\n---\n\n");
        for (var s = 1; text.Length < (zh ? 2900 : 7000); s++)
        {
            text.Append(CultureInfo.InvariantCulture, $"## {(zh ? "第" + s + "节" : "Section " + s)} {Words(random, zh ? ZhWords : EnWords, 2, zh)}\n\n");
            text.Append(Paragraph(random, zh)).Append("\n\n");
            text.Append(CultureInfo.InvariantCulture, $"### {(zh ? "要点" : "Points")} {s}\n\n");
            for (var k = 0; k < 4; k++)
            {
                text.Append("- ").Append(Sentence(random, zh, 8)).Append('\n');
            }
            var target = random.Next(total);
            var link = Path.GetRelativePath(Path.GetDirectoryName(PagePath(i))!, PagePath(target)).Replace('\\', '/');
            text.Append(CultureInfo.InvariantCulture, $"\n{(zh ? "另见" : "See also")} [{(zh ? "相关页面" : "a related page")}]({link}).\n\n");
            if (s == 2)
            {
                text.Append(zh ? "| 指标 | 目标 | 实际 |\n|---|---|---|\n" : "| Indicator | Target | Actual |\n|---|---|---|\n");
                for (var r = 0; r < 4; r++)
                {
                    text.Append(CultureInfo.InvariantCulture, $"| {Words(random, zh ? ZhWords : EnWords, 1, zh)} | {random.Next(100)} | {random.Next(100)} |\n");
                }
                text.Append('\n');
            }
        }
        return text.ToString();
    }

    private static string Paragraph(Random random, bool zh)
    {
        var text = new StringBuilder();
        for (var i = 0; i < 5; i++)
        {
            text.Append(Sentence(random, zh, 14)).Append(zh ? "" : " ");
        }
        return text.ToString().TrimEnd();
    }

    private static string Sentence(Random random, bool zh, int words)
    {
        var text = Words(random, zh ? ZhWords : EnWords, words, zh);
        var emphasis = Words(random, zh ? ZhWords : EnWords, 1, zh);
        return zh ? $"{text}，**{emphasis}**。" : $"{char.ToUpperInvariant(text[0])}{text[1..]} *{emphasis}*.";
    }

    private static string Words(Random random, string[] words, int count, bool zh) =>
        string.Join(zh ? "" : " ", Enumerable.Range(0, count).Select(_ => words[random.Next(words.Length)]));
}
