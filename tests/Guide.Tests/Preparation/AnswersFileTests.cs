using System.Text.Json;
using Guide.Tests.Theme;
using Microsoft.Playwright;

namespace Guide.Tests.Preparation;

/// <summary>
/// Answers that move between devices: everything the reader entered (worksheets, checklist ticks,
/// stars, practice progress) goes out as one versioned JSON file and comes back in on "another
/// device"; a file that is not one, is newer, or names worksheets the guide no longer has changes
/// nothing and says why; "forget everything" leaves nothing of the guide in the browser.
/// </summary>
public sealed class AnswersFileTests(ThemeSite site, Chromium chromium)
{
    [Fact]
    public async Task Export_forget_import_and_the_answers_are_back()
    {
        Requires.Chromium();
        await using var reader = await ReaderSession.OpenAsync(site, chromium, "zh-CN/");
        await reader.FillWorksheetAsync("zh-CN/worksheets/w2-three-three/", new Dictionary<string, string>
        {
            ["ws-w2-proud_r1_result"] = "提前一周上线，客户满意度 95%",
            ["ws-w2-notes"] = "想谈谈转岗\n和培训预算",
        });
        await reader.FillWorksheetAsync("en/worksheets/w5-meeting-record/", new Dictionary<string, string> { ["ws-w5-employee"] = "José Müller" }, "ws-w5-type_improvement");
        await reader.GotoAsync("zh-CN/before/checklist/");
        await reader.Page.Locator(".checklist .task-list-item label").First.ClickAsync();
        await Assertions.Expect(reader.Page.Locator(".checklist [data-worksheet-status]").First).Not.ToBeEmptyAsync();
        var starred = await reader.StarAsync("en", 1);
        var before = await reader.StoredAsync();
        Assert.Equal(4, before.Count);

        await reader.GotoAsync("zh-CN/my-card/");
        await Assertions.Expect(reader.Page.Locator("[data-device-summary]")).ToContainTextAsync("表格 2 张");
        var download = await reader.Page.RunAndWaitForDownloadAsync(() => reader.Page.ClickAsync("[data-device-export]"));
        var file = Path.Combine(site.Scratch, $"answers-{Guid.NewGuid():N}.json");
        await download.SaveAsAsync(file);
        Assert.Matches(@"^review-guide-answers-\d{4}-\d{2}-\d{2}\.json$", download.SuggestedFilename);
        using (var json = JsonDocument.Parse(File.ReadAllText(file)))
        {
            var root = json.RootElement;
            Assert.Equal("review-guide-answers", root.GetProperty("format").GetString());
            Assert.Equal(1, root.GetProperty("version").GetInt32());
            Assert.Equal("想谈谈转岗\n和培训预算", root.GetProperty("worksheets").GetProperty("W2").GetProperty("zh-CN").GetProperty("notes").GetString());
            Assert.True(root.GetProperty("worksheets").GetProperty("W5").GetProperty("en").GetProperty("type_improvement").GetBoolean());
            Assert.Equal(starred[0], root.GetProperty("phrases").GetProperty("en").EnumerateObject().Single().Value.GetString());
            Assert.Single(root.GetProperty("checklists").GetProperty("zh-CN/before/checklist/").EnumerateObject());
        }

        await reader.Page.ClickAsync("[data-device-forget]");
        await Assertions.Expect(reader.Page.Locator("[data-device-confirm-text]")).ToContainTextAsync("表格 2 张");
        await reader.Page.ClickAsync("[data-device-forget-yes]");
        await Assertions.Expect(reader.Page.Locator("[data-device-status]")).ToHaveTextAsync("已删除。这台设备上不再保存本指南的任何内容。");
        Assert.Empty(await reader.StoredAsync());
        await Assertions.Expect(reader.Page.Locator(".card-proud [data-card-empty]")).ToBeVisibleAsync();

        // "Another device": a fresh browser context, empty, gets the file.
        await using var other = await ReaderSession.OpenAsync(site, chromium, "zh-CN/my-card/");
        await Import(other.Page, file);
        var changes = other.Page.Locator("[data-device-changes] li");
        await Assertions.Expect(changes).ToHaveCountAsync(4);
        await Assertions.Expect(changes).ToContainTextAsync(["新增 W2 三三自评表 · 简体中文", "新增 W5 绩效面谈记录与改进措施表 · English", "新增 清单勾选：", "新增 加星的话 · English"]);
        Assert.Empty(await other.StoredAsync());
        await other.Page.ClickAsync("[data-device-import-confirm]");
        await Assertions.Expect(other.Page.Locator("[data-device-status]")).ToHaveTextAsync("已导入。");

        Assert.Equal(before, await other.StoredAsync());
        await Assertions.Expect(other.Page.Locator(".card-proud li")).ToHaveTextAsync(["提前一周上线，客户满意度 95%"]);
        await other.GotoAsync("zh-CN/worksheets/w2-three-three/");
        await Assertions.Expect(other.Page.Locator("#ws-w2-notes")).ToHaveValueAsync("想谈谈转岗\n和培训预算");

        // Importing again shows what it will replace before it does.
        await other.GotoAsync("zh-CN/my-card/");
        await Import(other.Page, file);
        await Assertions.Expect(changes.First).ToContainTextAsync("替换");
        await other.Page.ClickAsync("[data-device-import-cancel]");
        Assert.Equal(before, await other.StoredAsync());
        Assert.Empty(reader.Problems);
        Assert.Empty(other.Problems);
    }

    public static TheoryData<string, string> BadFiles => new()
    {
        { "hello, this is a letter", "这个文件不是本指南导出的回答文件（读不出内容），什么也没有改动。" },
        { """{"name": "a list of something else"}""", "这个文件不是本指南导出的回答文件，什么也没有改动。" },
        { """{"format": "review-guide-answers", "version": 2, "worksheets": {}}""", "这个文件来自更新版本的指南（文件格式 2，这里只能读到格式 1），什么也没有改动。请在新版指南里导入，或请 HR 更新这个网站。" },
        { """{"format": "review-guide-answers", "version": 1, "worksheets": {"W2": {"zh-CN": {"notes": "x"}}, "W12": {"zh-CN": {"a": "b"}}, "W10": {}}}""", "这个文件里有本指南已经没有的表格：W10, W12。什么也没有改动。" },
        { """{"format": "review-guide-answers", "version": 1, "worksheets": {"W2": {"zh-CN": {"notes": 5}}}}""", "这个文件不完整或被改动过（worksheets.W2.zh-CN.notes），什么也没有改动。" },
        { """{"format": "review-guide-answers", "version": 1}""", "这个文件里没有任何回答，什么也没有改动。" },
    };

    [Fact]
    public async Task A_broken_or_foreign_file_gets_a_message_and_changes_nothing()
    {
        Requires.Chromium();
        await using var reader = await ReaderSession.OpenAsync(site, chromium, "zh-CN/");
        await reader.FillWorksheetAsync("zh-CN/worksheets/w2-three-three/", new Dictionary<string, string> { ["ws-w2-notes"] = "原来的回答" });
        await reader.StarAsync("zh-CN", 1);
        await reader.GotoAsync("zh-CN/my-card/");
        var before = await reader.StoredAsync();

        foreach (var (content, message) in BadFiles.Select(row => row.Data))
        {
            var file = Path.Combine(site.Scratch, $"bad-{Guid.NewGuid():N}.json");
            await File.WriteAllTextAsync(file, content);
            await Import(reader.Page, file);
            await Assertions.Expect(reader.Page.Locator("[data-device-status]")).ToHaveTextAsync(message);
            await Assertions.Expect(reader.Page.Locator("[data-device-preview]")).ToBeHiddenAsync();
            Assert.Equal(before, await reader.StoredAsync());
        }
        Assert.Empty(reader.Problems);
    }

    [Fact]
    public async Task Forget_everything_also_removes_the_theme_and_language_choice()
    {
        Requires.Chromium();
        await using var reader = await ReaderSession.OpenAsync(site, chromium, "en/");
        await reader.Page.ClickAsync("#theme-toggle");
        await reader.StarAsync("en", 1);
        await reader.GotoAsync("en/my-card/");
        await reader.Page.ClickAsync("[data-device-forget]");
        await reader.Page.ClickAsync("[data-device-forget-yes]");

        var left = await reader.Page.EvaluateAsync<string[]>("Object.keys(localStorage)");
        Assert.Empty(left);
        Assert.Null(await reader.Page.GetAttributeAsync("html", "data-theme"));
        Assert.Empty(reader.Problems);
    }

    /// <summary>The import button, as a reader uses it: it opens the file chooser, which gets the file.</summary>
    private static async Task Import(IPage page, string file)
    {
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.ClickAsync("[data-device-import]"));
        await chooser.SetFilesAsync(file);
    }
}
