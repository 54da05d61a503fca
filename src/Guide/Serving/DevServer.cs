using System.Net;
using Guide.Building;
using Guide.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Guide.Serving;

/// <summary>Where and what <c>guide serve</c> serves.</summary>
/// <param name="Build">The build to run on every change (the output folder is not used: the site is served from memory).</param>
/// <param name="Host">The address to listen on; 127.0.0.1 unless the editor asks for more.</param>
/// <param name="Port">The port, or 0 for any free one.</param>
public sealed record ServeOptions(BuildOptions Build, string Host = "127.0.0.1", int Port = 8000);

/// <summary>
/// The preview server: builds once, serves the site from memory with Kestrel, watches the sources and
/// rebuilds on every change, and reloads open pages through <c>/__guide/events</c>.
/// </summary>
public sealed class DevServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SourceWatcher _watcher;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;
    private readonly LiveReload _pages;

    private DevServer(WebApplication app, SiteRebuilder site, LiveReload pages, SourceWatcher watcher, Uri url, IReadOnlyList<string> watched)
    {
        _app = app;
        Site = site;
        _pages = pages;
        _watcher = watcher;
        Url = url;
        Watched = watched;
        _loop = Task.Run(() => site.RunAsync(_stopping.Token));
    }

    /// <summary>The address pages are served at, with the port actually bound.</summary>
    public Uri Url { get; }

    public SiteRebuilder Site { get; }

    /// <summary>How many pages are open and listening for reloads.</summary>
    public int OpenPages => _pages.Listeners;

    /// <summary>The folders whose changes cause a rebuild.</summary>
    public IReadOnlyList<string> Watched { get; }

    /// <exception cref="IOException">The port is taken or the address cannot be listened on.</exception>
    public static async Task<DevServer> StartAsync(ServeOptions options, TextWriter log)
    {
        var pages = new LiveReload();
        var site = new SiteRebuilder(options.Build, pages, log);
        site.Rebuild();

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            if (options.Host == "localhost")
            {
                kestrel.ListenLocalhost(options.Port);
            }
            else
            {
                kestrel.Listen(IPAddress.Parse(options.Host), options.Port);
            }
        });
        builder.Logging.ClearProviders();
        // The host's default console lifetime would take Ctrl+C and SIGTERM for itself (in tests, from the
        // test runner too); the command that starts the server decides when it stops.
        builder.Services.AddSingleton<IHostLifetime, CallerLifetime>();
        var app = builder.Build();
        var stopping = app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        var themeDir = options.Build.ThemeAssetsDir;
        app.Run(context => Answer(context, site, pages, themeDir, stopping));
        await app.StartAsync();

        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var watched = new[] { options.Build.InputDir, options.Build.ResolvedWorksheetsDir, options.Build.ResolvedRehearsalsDir, themeDir }
            .OfType<string>().Where(Directory.Exists).Select(Path.GetFullPath).ToList();
        var watcher = new SourceWatcher(watched, site.Changed);
        return new DevServer(app, site, pages, watcher, new Uri(bound.Replace("[::]", "localhost", StringComparison.Ordinal) + "/"), watched);
    }

    private static async Task Answer(HttpContext context, SiteRebuilder site, LiveReload pages, string? themeDir, CancellationToken stopping)
    {
        var path = context.Request.Path.Value ?? "/";
        context.Response.Headers.CacheControl = "no-store";
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }
        switch (path)
        {
            case "/__guide/events":
                await pages.StreamAsync(context, site.Greeting, stopping);
                return;
            case ServedFiles.ScriptPath:
                await Send(context, 200, "js/live-reload.js", ThemeFile(themeDir, "js/live-reload.js"));
                return;
            case "/__guide/live-reload.css":
                await Send(context, 200, "css/live-reload.css", ThemeFile(themeDir, "css/live-reload.css"));
                return;
        }

        if (site.Current is not { } current)
        {
            await Send(context, 503, "not-built.html", ServedFiles.NotBuiltYet(site.Problems ?? []));
            return;
        }
        var (file, redirect) = ServedFiles.Resolve(current.Files, path);
        if (redirect is not null)
        {
            context.Response.Redirect(redirect + context.Request.QueryString, permanent: false);
            return;
        }
        var status = file is null ? 404 : 200;
        file ??= "404.html";
        if (!current.Files.TryGetValue(file, out var content))
        {
            await Send(context, 404, "404.txt", "Not found\n"u8.ToArray());
            return;
        }
        await Send(context, status, file, ServedFiles.IsHtml(file) ? ServedFiles.WithReloadScript(content, current.Version) : content);
    }

    private static byte[] ThemeFile(string? themeDir, string path) =>
        themeDir is not null && File.Exists(Path.Combine(themeDir, path))
            ? File.ReadAllBytes(Path.Combine(themeDir, path))
            : ThemeResources.Files().First(f => f.Path == path).Content;

    private static async Task Send(HttpContext context, int status, string file, byte[] content)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = ServedFiles.ContentType(file);
        context.Response.ContentLength = content.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(content, context.RequestAborted);
        }
    }

    /// <summary>A host lifetime that leaves signals to the caller.</summary>
    private sealed class CallerLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    /// <summary>Stops watching, rebuilding and serving; open event streams end.</summary>
    public async ValueTask DisposeAsync()
    {
        _watcher.Dispose();
        await _stopping.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}
