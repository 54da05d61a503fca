using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Guide.Tests.Theme;

/// <summary>
/// The real guide of the test run (served and portable) behind one local server for all the theme tests,
/// an assembly fixture so their classes run side by side; each test opens its own contexts of the run's Chromium. PDFs are built when the worksheet font is
/// cached (as in CI), so the worksheet pages carry their download links.
/// </summary>
public sealed class ThemeSite : IAsyncLifetime
{
    /// <summary>The test run's one build of the real guide: served (with PDFs when the font is cached) and portable.</summary>
    public RealGuide Guide { get; } = RealGuide.Get();

    /// <summary>A folder for what the tests make (printed PDFs), deleted at the end.</summary>
    public string Scratch { get; } = Directory.CreateTempSubdirectory("guide-theme-").FullName;

    public StaticServer? Server { get; private set; }

    public Uri Root => Server!.Root;

    /// <summary>A page of the portable build, opened from disk.</summary>
    public Uri File(string path) => new(Path.Combine(Guide.Portable, path));

    public async ValueTask InitializeAsync() => Server = await StaticServer.StartAsync(Guide.Served);

    public async ValueTask DisposeAsync()
    {
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
        Directory.Delete(Scratch, recursive: true);
    }

    private readonly Lock _phoneGate = new();
    private Task<PhonePages>? _phone;

    /// <summary>Every page opened once on a phone for the checks that read them all (<see cref="PhoneCrawl"/>); the first test to ask runs it.</summary>
    public Task<PhonePages> PhonePagesAsync(Chromium chromium)
    {
        lock (_phoneGate)
        {
            return _phone ??= PhoneCrawl.RunAsync(this, chromium);
        }
    }

    /// <summary>Every page a reader reads: the Markdown pages and the worksheet pages of both languages (not the root, 404 or print editions).</summary>
    public IReadOnlyList<string> ContentPages() =>
        [.. Directory.EnumerateFiles(Guide.Served, "index.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Guide.Served, Path.GetDirectoryName(f)!).Replace('\\', '/') + "/")
            .Where(p => p != "./" && !p.Contains("/print/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    /// <summary>Every HTML file of the served build, by its address below the root.</summary>
    public IReadOnlyList<string> AllPages() =>
        [.. Directory.EnumerateFiles(Guide.Served, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Guide.Served, f).Replace('\\', '/'))
            .Select(p => p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
            .Order(StringComparer.Ordinal)];

    /// <summary>
    /// Opens each page in one of a few contexts that work through the list at once (one browser, no
    /// launch per page) and collects what <paramref name="check"/> finds wrong, page by page.
    /// </summary>
    public async Task<List<string>> CheckPagesAsync(Chromium chromium, IEnumerable<string> paths, BrowserNewContextOptions options,
        Func<IPage, string, Task<IEnumerable<string>>> check, Func<IBrowserContext, Task>? setUp = null)
    {
        var queue = new ConcurrentQueue<string>(paths);
        var problems = new ConcurrentBag<string>();
        async Task Work()
        {
            await using var context = await chromium.NewContextAsync(options);
            if (setUp is not null)
            {
                await setUp(context);
            }
            var page = await context.NewPageAsync();
            page.PageError += (_, e) => problems.Add($"{page.Url}: script error: {e}");
            while (queue.TryDequeue(out var path))
            {
                await page.GotoAsync(new Uri(Root, path).AbsoluteUri);
                foreach (var problem in await check(page, path))
                {
                    problems.Add($"{path}: {problem}");
                }
            }
        }
        // One more worker than cores keeps the browser busy while .NET waits on the last answer.
        await Task.WhenAll(Enumerable.Range(0, Math.Clamp(Environment.ProcessorCount + 1, 2, 4)).Select(_ => Work()));
        return [.. problems.Order(StringComparer.Ordinal)];
    }

    public static readonly BrowserNewContextOptions Phone = new() { ViewportSize = new() { Width = 390, Height = 844 }, HasTouch = true, IsMobile = true };

    public static readonly BrowserNewContextOptions Desktop = new() { ViewportSize = new() { Width = 1366, Height = 900 } };
}

