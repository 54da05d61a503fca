using Microsoft.Playwright;

namespace Guide.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright, started the same way in every browser test. Playwright's
/// own browser download is never used: the driver (the node in bin/.playwright) talks to /usr/bin/chromium.
/// </summary>
public sealed class Browser : IAsyncDisposable
{
    /// <summary>Quiet flags: no sandbox (CI runs as root), and none of Chromium's own calls home.</summary>
    public static readonly IReadOnlyList<string> Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private readonly IPlaywright _playwright;

    private Browser(IPlaywright playwright, IBrowser chromium)
    {
        _playwright = playwright;
        Chromium = chromium;
    }

    public IBrowser Chromium { get; }

    public static async Task<Browser> LaunchAsync()
    {
        IPlaywright playwright;
        try
        {
            playwright = await Playwright.CreateAsync();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new InvalidOperationException(
                $"Playwright's driver did not start ({e.GetType().Name}: {e.Message}). It is the node binary in bin/.playwright/node beside the test assembly, copied there from the Microsoft.Playwright package at build time.", e);
        }
        try
        {
            var chromium = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = BrowserFactAttribute.ChromiumPath,
                Headless = true,
                Args = Args,
            });
            return new Browser(playwright, chromium);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>A fresh context (own storage, own routes) so tests never see each other's state.</summary>
    public Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null) => Chromium.NewContextAsync(options);

    public async ValueTask DisposeAsync()
    {
        await Chromium.DisposeAsync();
        _playwright.Dispose();
    }
}
