using Guide.Building;

namespace Guide.Tests.Support;

/// <summary>
/// A small site written from an inline file tree into a temporary folder, the way Hugo's
/// integration tests do it: each test states exactly the input it needs.
/// </summary>
public sealed class FixtureSite : IDisposable
{
    public const string SiteYml = """
        title: { zh-CN: 测试指南, en: Test Guide }
        languages:
          - { code: zh-CN, label: 简体中文 }
          - { code: en, label: English }
        repository: https://git.people-team.cn/hr/guide
        internal: true
        """;

    public FixtureSite(IReadOnlyDictionary<string, string> files)
    {
        Root = Path.Combine(Path.GetTempPath(), "guide-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
        foreach (var (path, text) in files)
        {
            Write(path, text);
        }
        if (!files.ContainsKey("input/site.yml"))
        {
            Write("input/site.yml", SiteYml);
        }
    }

    public string Root { get; }

    public string Input => Path.Combine(Root, "input");

    public string Output => Path.Combine(Root, "output");

    public void Write(string path, string text)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text.Replace("\r\n", "\n"));
    }

    public BuildOptions Options(string? output = null) => new(Input, output ?? Output) { Worksheets = false };

    public BuildResult Build(BuildOptions? options = null) => new SiteBuilder(options ?? Options(), NoProgress.Instance).Build();

    public string ReadOutput(string path) => File.ReadAllText(Path.Combine(Output, path));

    /// <summary>Two pages in each language, with a link between them, enough to exercise the whole pipeline.</summary>
    public static Dictionary<string, string> Small() => new()
    {
        ["input/zh-CN/index.md"] = "---\ntitle: 首页\nsummary: 从这里开始。\n---\n\n欢迎。请先读[准备](before/index.md#面谈前充分准备)。\n",
        ["input/zh-CN/before/index.md"] = "---\ntitle: 面谈前\norder: 10\naudience: employee\n---\n\n## 面谈前：充分准备\n\n先复盘。\n\n:::say\n我想先确认一下目标。\n:::\n\n## 下一步\n\n- [回到首页](../index.md)\n",
        ["input/en/index.md"] = "---\ntitle: Home\nsummary: Start here.\n---\n\nWelcome. Read [preparation](before/index.md#before-the-review-prepare-well) first.\n",
        ["input/en/before/index.md"] = "---\ntitle: Before\norder: 10\naudience: employee\n---\n\n## Before the review: prepare well\n\nReview first.\n\n:::say\nCan we check the goal first?\n:::\n\n## Next steps\n\n- [Back home](../index.md)\n",
    };

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failed test because of it would not be.
        }
    }
}
