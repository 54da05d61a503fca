using Guide.Tests.Theme;
using Microsoft.Playwright;

namespace Guide.Tests.Preparation;

/// <summary>
/// "My card" as a reader builds it in Chromium on the real guide: what they entered in the worksheets
/// and starred in the phrase bank shows on it, what is missing is named with a link to fill it, it
/// prints on one A4 page and has a large-type view for the meeting. Served and from disk, with no
/// request leaving the site and no script or CSP error.
/// </summary>
public sealed class MyCardTests(ThemeSite site, Chromium chromium)
{
    private static readonly Dictionary<string, string> W2 = new()
    {
        ["ws-w2-name"] = "张鑫琪",
        ["ws-w2-proud_r1_result"] = "提前一周上线结算系统，客户满意度 95%",
        ["ws-w2-proud_r2_result"] = "带新人独立负责华东区两个客户",
        ["ws-w2-improve_r1_area"] = "时间管理：需求变更后没有及时重排",
        ["ws-w2-support_r1_what"] = "一门项目管理课程",
        ["ws-w2-support_r2_what"] = "每月一次和上级的进度对齐",
    };

    [Fact]
    public async Task Fill_W2_and_star_two_phrases_and_the_card_shows_both_served_and_from_disk()
    {
        Requires.Chromium();
        foreach (var fromDisk in new[] { false, true })
        {
            await using var reader = await ReaderSession.OpenAsync(site, chromium, "zh-CN/", fromDisk);
            await reader.FillWorksheetAsync("zh-CN/worksheets/w2-three-three/", W2);
            var starred = await reader.StarAsync("zh-CN", 2);

            await reader.GotoAsync("zh-CN/my-card/");
            var card = reader.Page.Locator("[data-card]");
            await Assertions.Expect(card.Locator(".card-proud li")).ToHaveTextAsync([W2["ws-w2-proud_r1_result"], W2["ws-w2-proud_r2_result"]]);
            await Assertions.Expect(card.Locator(".card-improve li")).ToHaveTextAsync([W2["ws-w2-improve_r1_area"]]);
            await Assertions.Expect(card.Locator(".card-support li")).ToHaveTextAsync([W2["ws-w2-support_r1_what"], W2["ws-w2-support_r2_what"]]);
            await Assertions.Expect(card.Locator(".card-phrases li")).ToHaveTextAsync(starred.ToArray());
            await Assertions.Expect(card.Locator("[data-card-name]")).ToHaveTextAsync("张鑫琪");

            // What is missing is said, with the worksheet to fill it in, and nothing else is listed as missing.
            var missing = reader.Page.Locator("[data-card-missing] li:visible");
            await Assertions.Expect(missing).ToHaveCountAsync(2);
            await Assertions.Expect(missing.Nth(0)).ToContainTextAsync("KPI 差距复盘表");
            await Assertions.Expect(missing.Nth(1)).ToContainTextAsync("面谈沟通清单");
            await missing.Nth(0).Locator("a").ClickAsync();
            await Assertions.Expect(reader.Page.Locator("h1")).ToHaveTextAsync("W1 KPI 差距复盘表");
            Assert.True(reader.Problems.Count == 0, (fromDisk ? "from disk: " : "served: ") + string.Join("; ", reader.Problems));
        }
    }

    [Fact]
    public async Task The_biggest_gaps_come_first_the_questions_are_listed_and_the_rest_is_counted()
    {
        Requires.Chromium();
        await using var reader = await ReaderSession.OpenAsync(site, chromium, "en/");
        await reader.FillWorksheetAsync("en/worksheets/w1-kpi-gap/", new Dictionary<string, string>
        {
            ["ws-w1-gaps_r1_indicator"] = "Visits",
            ["ws-w1-gaps_r1_target"] = "40",
            ["ws-w1-gaps_r1_actual"] = "36",
            ["ws-w1-gaps_r2_indicator"] = "New clients",
            ["ws-w1-gaps_r2_target"] = "10",
            ["ws-w1-gaps_r2_actual"] = "4",
            ["ws-w1-gaps_r3_indicator"] = "Revenue",
            ["ws-w1-gaps_r3_gap"] = "-25%",
            ["ws-w1-gaps_r4_indicator"] = "Reports on time",
            ["ws-w1-gaps_r4_target"] = "12",
            ["ws-w1-gaps_r4_actual"] = "9",
        });
        await reader.FillWorksheetAsync("en/worksheets/w3-conversation-checklist/", new Dictionary<string, string>
        {
            ["ws-w3-questions"] = "Which data was the rating based on?\n\nWhat would a B have looked like?",
        });

        await reader.GotoAsync("en/my-card/");

        // 60 % (new clients), 25 % (revenue), 25 % (reports), then 10 % (visits) is left for the worksheet.
        await Assertions.Expect(reader.Page.Locator(".card-gaps li")).ToHaveTextAsync([
            "New clients: target 10, actual 4, gap —", "Revenue: target —, actual —, gap -25%", "Reports on time: target 12, actual 9, gap —"]);
        await Assertions.Expect(reader.Page.Locator(".card-gaps [data-card-note]")).ToHaveTextAsync("1 more in the KPI gap review");
        await Assertions.Expect(reader.Page.Locator(".card-questions li")).ToHaveTextAsync(["Which data was the rating based on?", "What would a B have looked like?"]);
        Assert.Empty(reader.Problems);
    }

    [Fact]
    public async Task The_card_of_one_language_takes_what_was_entered_on_the_other_and_says_so()
    {
        Requires.Chromium();
        await using var reader = await ReaderSession.OpenAsync(site, chromium, "zh-CN/");
        await reader.FillWorksheetAsync("zh-CN/worksheets/w2-three-three/", W2);

        await reader.GotoAsync("en/my-card/");

        await Assertions.Expect(reader.Page.Locator(".card-proud li").First).ToHaveTextAsync(W2["ws-w2-proud_r1_result"]);
        await Assertions.Expect(reader.Page.Locator(".card-proud [data-card-note]")).ToHaveTextAsync("from what you entered on the 简体中文 page");
        Assert.Empty(reader.Problems);
    }

    [Fact]
    public async Task A_full_card_prints_on_one_A4_page_and_the_meeting_view_is_large_on_a_phone()
    {
        Requires.Chromium();
        await using var reader = await ReaderSession.OpenAsync(site, chromium, "zh-CN/", options: ThemeSite.Phone);
        var long1 = string.Concat(Enumerable.Repeat("客户满意度从 82% 提高到 95%，提前一周上线新版结算系统；", 8));
        var w1 = new Dictionary<string, string>();
        for (var row = 1; row <= 6; row++)
        {
            w1[$"ws-w1-gaps_r{row}_indicator"] = $"第 {row} 项指标：新客户签约数量（按季度统计）";
            w1[$"ws-w1-gaps_r{row}_target"] = "100";
            w1[$"ws-w1-gaps_r{row}_actual"] = (90 - row * 10).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        await reader.FillWorksheetAsync("zh-CN/worksheets/w1-kpi-gap/", w1);
        var w2 = new Dictionary<string, string> { ["ws-w2-name"] = "张鑫琪" };
        foreach (var (table, column) in new[] { ("proud", "result"), ("improve", "area"), ("support", "what") })
        {
            for (var row = 1; row <= 3; row++)
            {
                w2[$"ws-w2-{table}_r{row}_{column}"] = long1;
            }
        }
        await reader.FillWorksheetAsync("zh-CN/worksheets/w2-three-three/", w2);
        await reader.FillWorksheetAsync("zh-CN/worksheets/w3-conversation-checklist/", new Dictionary<string, string>
        {
            ["ws-w3-questions"] = string.Join('\n', Enumerable.Range(1, 9).Select(n => $"第 {n} 个问题：{long1}")),
        });
        await reader.StarAsync("zh-CN", 10);
        await reader.GotoAsync("zh-CN/my-card/");
        await Assertions.Expect(reader.Page.Locator("[data-card-complete]")).ToBeVisibleAsync();

        var shots = ReaderSession.Shots(site);
        await reader.Page.ScreenshotAsync(new() { Path = Path.Combine(shots, "card-phone.png"), FullPage = true });
        await reader.Page.ClickAsync("[data-card-meeting]");
        await Assertions.Expect(reader.Page.Locator("[data-card-meeting]")).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(reader.Page.Locator(".site-header")).ToBeHiddenAsync();
        await Assertions.Expect(reader.Page.Locator(".device-answers")).ToBeHiddenAsync();
        var size = await reader.Page.Locator(".card-proud li").First.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");
        Assert.True(size >= 20, $"the meeting view's text is {size}px");
        var overflow = await reader.Page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"the meeting view is {overflow}px wider than the phone");
        await reader.Page.ScreenshotAsync(new() { Path = Path.Combine(shots, "card-phone-meeting.png") });
        await reader.Page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(reader.Page.Locator(".site-header")).ToBeVisibleAsync();

        var pdf = Path.Combine(shots, "card-print.pdf");
        await reader.Page.PdfAsync(new() { Path = pdf, PreferCSSPageSize = true, PrintBackground = true });
        Assert.Equal(1, PdfReaders.Pages(pdf));
        var printed = PdfReaders.Squeezed(PdfReaders.PopplerText(pdf));
        Assert.Contains("张鑫琪", printed);
        Assert.Contains(PdfReaders.Squeezed("我准备好的话"), printed);
        Assert.Contains(PdfReaders.Squeezed("第 1 个问题"), printed);
        Assert.DoesNotContain(PdfReaders.Squeezed("这台设备上的内容"), printed);
        Assert.Empty(reader.Problems);
    }
}
