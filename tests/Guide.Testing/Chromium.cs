using Microsoft.Playwright;

namespace Guide.Testing;

/// <summary>
/// Debian's Chromium driven by Playwright, launched once per test assembly on first use and shared by
/// every test in it; each test opens contexts of its own (own storage, own routes), so tests never see
/// each other's state. Playwright's own browser download is never used: its driver talks to /usr/bin/chromium.
/// Registered with <c>[assembly: AssemblyFixture(typeof(Chromium))]</c>.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    /// <summary>Quiet flags: no sandbox (CI runs as root), and none of Chromium's own calls home.</summary>
    public static readonly IReadOnlyList<string> Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    /// <summary>
    /// Does <paramref name="action"/> (a click, a tap) and waits until the page it leads to, at
    /// <paramref name="url"/>, is parsed and its deferred scripts have run. The wait is set up before the
    /// action: set up after it, it raced the navigation and, on a loaded machine, sometimes never saw the
    /// page arrive although it had been drawn.
    /// </summary>
    public static async Task FollowAsync(IPage page, Func<Task> action, string url)
    {
        var arrived = page.WaitForURLAsync(url, Arrived);
        await action();
        await arrived;
    }

    /// <inheritdoc cref="FollowAsync(IPage, Func{Task}, string)"/>
    public static async Task FollowAsync(IPage page, Func<Task> action, System.Text.RegularExpressions.Regex url)
    {
        var arrived = page.WaitForURLAsync(url, Arrived);
        await action();
        await arrived;
    }

    private static readonly PageWaitForURLOptions Arrived = new() { WaitUntil = WaitUntilState.DOMContentLoaded };

    /// <summary>
    /// Every request that is not to this machine goes to a proxy that is not there, so no test can reach
    /// the network, whatever a page asks for. Tests see such a request as it is made (<see cref="WatchRequests"/>)
    /// instead of routing every request through the test (which costs a round trip each and turns off
    /// the browser's cache: three times the processor time of a crawl).
    /// </summary>
    private static readonly Proxy Nowhere = new() { Server = "http://127.0.0.1:9", Bypass = "127.0.0.1,localhost" };

    /// <summary>
    /// Calls <paramref name="outside"/> with each request of <paramref name="context"/> that leaves
    /// <paramref name="siteRoot"/>; one to another machine fails at the launch's dead proxy and never goes out.
    /// </summary>
    public static void WatchRequests(IBrowserContext context, string siteRoot, Action<IRequest> outside) =>
        context.Request += (_, request) =>
        {
            // data: and blob: addresses are the page's own bytes, which routing never saw either.
            if (!request.Url.StartsWith(siteRoot, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal)
                && !request.Url.StartsWith("blob:", StringComparison.Ordinal))
            {
                outside(request);
            }
        };

    private readonly SemaphoreSlim _gate = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The browser, launched now if no test has needed it yet; skips (or, in CI, fails) the test without Chromium.</summary>
    public async Task<IBrowser> BrowserAsync()
    {
        Requires.Chromium();
        await _gate.WaitAsync();
        try
        {
            if (_browser is { IsConnected: true })
            {
                return _browser;
            }
            _playwright ??= await CreatePlaywright();
            _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Requires.ChromiumPath, Headless = true, Args = Args, Proxy = Nowhere });
            return _browser;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A fresh context; dispose it at the end of the test.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null) =>
        await (await BrowserAsync()).NewContextAsync(options);

    /// <summary>
    /// A page in a fresh context that records any request outside <paramref name="siteRoot"/>, console
    /// errors (a CSP violation is one) and script errors, so a test can assert that nothing went wrong.
    /// </summary>
    public async Task<(IPage Page, List<string> Problems)> OpenAsync(string url, string siteRoot, BrowserNewContextOptions? options = null)
    {
        var context = await NewContextAsync(options);
        var problems = new List<string>();
        WatchRequests(context, siteRoot, request =>
        {
            lock (problems)
            {
                problems.Add("outside request: " + request.Url);
            }
        });
        var page = await context.NewPageAsync();
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                lock (problems)
                {
                    problems.Add("console: " + m.Text);
                }
            }
        };
        page.PageError += (_, e) =>
        {
            lock (problems)
            {
                problems.Add("script: " + e);
            }
        };
        await page.GotoAsync(url);
        return (page, problems);
    }

    private static async Task<IPlaywright> CreatePlaywright()
    {
        try
        {
            return await Playwright.CreateAsync();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new InvalidOperationException(
                $"Playwright's driver did not start ({e.GetType().Name}: {e.Message}). It is the node binary in bin/.playwright/node beside the test assembly, copied there from the Microsoft.Playwright package at build time.", e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        _gate.Dispose();
    }
}
