using Guide.Testing;
using Microsoft.Playwright;

namespace Guide.Search.Tests;

/// <summary>
/// The search box as a reader uses it, in Chromium, from file:// and under
/// <c>default-src 'self'</c>: type, see results, choose one with the keyboard, land on the section.
/// </summary>
public sealed class BrowserTests(Chromium chromium) : IAsyncLifetime
{
    private readonly FixtureSite _site = new();
    private readonly List<string> _problems = [];
    private IBrowserContext? _context;
    private IPage _page = null!;

    public async ValueTask InitializeAsync()
    {
        if (!Requires.HasChromium && !Requires.Strict)
        {
            return; // each test skips, saying why
        }

        _context = await chromium.NewContextAsync();
        _page = await _context.NewPageAsync();
        // A CSP violation or a script error is reported on the console; either fails the test.
        _page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                _problems.Add(m.Text);
            }
        };
        _page.PageError += (_, e) => _problems.Add(e);
    }

    public async ValueTask DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }

        _site.Dispose();
    }

    [Fact]
    public async Task Typing_a_query_and_pressing_enter_opens_the_section()
    {
        Requires.Chromium();
        await _page.GotoAsync(_site.Url("zh-CN/index.html").AbsoluteUri);
        await _page.Keyboard.PressAsync("/");
        Assert.Equal("search-input", await _page.EvaluateAsync<string>("document.activeElement.id"));

        await _page.Keyboard.TypeAsync("复述确认");
        var first = _page.Locator("#search-results [role=option]").First;
        await Assertions.Expect(first).ToContainTextAsync("复述确认");
        await Assertions.Expect(first.Locator("mark").First).ToHaveTextAsync("复述确认");
        await Assertions.Expect(_page.Locator("#search-input")).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(_page.Locator("[role=status]")).Not.ToBeEmptyAsync();

        await _page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(_page.Locator("#search-input")).ToHaveAttributeAsync("aria-activedescendant", "search-results-0");
        await _page.Keyboard.PressAsync("Enter");
        // Poll the address rather than wait for a load event: from file:// a fast navigation can finish
        // before a navigation waiter is attached, and the test then waited for one that never came.
        const string target = "/zh-CN/during/listening/index.html#%E5%A4%8D%E8%BF%B0%E7%A1%AE%E8%AE%A4";
        for (var i = 0; i < 100 && !_page.Url.EndsWith(target, StringComparison.Ordinal); i++)
        {
            await Task.Delay(100);
        }
        Assert.EndsWith(target, _page.Url, StringComparison.Ordinal);
        Assert.Empty(_problems);
    }

    [Fact]
    public async Task Escape_closes_the_results_and_no_results_is_said_in_the_page_language()
    {
        Requires.Chromium();
        await _page.GotoAsync(_site.Url("zh-CN/index.html").AbsoluteUri);
        await _page.FocusAsync("#search-input");
        await _page.Keyboard.TypeAsync("不存在的词语");
        await Assertions.Expect(_page.Locator("#search-results")).ToContainTextAsync("没有找到结果");
        await _page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(_page.Locator("#search-results")).ToBeHiddenAsync();
        Assert.Empty(_problems);
    }

    [Fact]
    public async Task Ticking_the_other_language_loads_its_index_and_adds_its_results()
    {
        Requires.Chromium();
        await _page.GotoAsync(_site.Url("zh-CN/index.html").AbsoluteUri);
        await _page.FocusAsync("#search-input");
        await _page.Keyboard.TypeAsync("listening");
        await Assertions.Expect(_page.Locator("#search-results")).ToContainTextAsync("没有找到结果");

        await _page.GetByLabel("Include English").CheckAsync();
        var english = _page.Locator("#search-results [role=option][lang=en]").First;
        await Assertions.Expect(english).ToContainTextAsync("Listen actively");
        Assert.EndsWith("/en/during/listening/index.html", await english.EvaluateAsync<string>("a => a.href"), StringComparison.Ordinal);
        Assert.Empty(_problems);
    }
}
