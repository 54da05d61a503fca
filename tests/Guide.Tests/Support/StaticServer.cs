using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Guide.Tests.Support;

/// <summary>
/// A folder served by Kestrel on 127.0.0.1 at a free port, optionally under a path base such as
/// <c>/hr/review-guide/</c>, the way an intranet server puts the guide below its own pages.
/// Nothing outside the path base is served, so a link that escapes it shows up as a 404.
/// </summary>
public sealed class StaticServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticServer(WebApplication app, Uri root)
    {
        _app = app;
        Root = root;
    }

    /// <summary>The site's root address, ending in '/': <c>http://127.0.0.1:PORT/hr/review-guide/</c>.</summary>
    public Uri Root { get; }

    /// <param name="folder">The folder to serve.</param>
    /// <param name="pathBase">Where the folder appears, such as <c>/hr/review-guide/</c>; <c>/</c> for the root.</param>
    /// <param name="headers">Response headers added to every file, such as the security headers of docs/hosting.md.</param>
    public static async Task<StaticServer> StartAsync(string folder, string pathBase = "/", IReadOnlyDictionary<string, string>? headers = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = folder });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var files = new PhysicalFileProvider(Path.GetFullPath(folder));
        var trimmed = "/" + pathBase.Trim('/');
        void Serve(IApplicationBuilder site)
        {
            site.Use(async (context, next) =>
            {
                foreach (var (name, value) in headers ?? new Dictionary<string, string>())
                {
                    context.Response.Headers[name] = value;
                }
                await next();
            });
            site.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, DefaultFileNames = ["index.html"] });
            site.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }
        if (trimmed == "/")
        {
            Serve(app);
        }
        else
        {
            // Map moves the prefix into PathBase, as a reverse proxy's location block would.
            app.Map(trimmed, Serve);
        }
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StaticServer(app, new Uri(new Uri(address), trimmed.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
