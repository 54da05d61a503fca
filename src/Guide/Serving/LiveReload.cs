using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace Guide.Serving;

/// <summary>
/// The open pages, each listening on <c>/__guide/events</c> (Server-Sent Events), and the messages
/// sent to them: <c>hello</c> on connecting, <c>reload</c> after a rebuild changed the site,
/// <c>failed</c> with the problems of a broken build, <c>ok</c> when a build is clean again but unchanged.
/// </summary>
public sealed class LiveReload
{
    /// <summary>A comment line now and then, so a page notices a server that went away and proxies keep the stream open.</summary>
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    private readonly Lock _gate = new();
    private readonly List<Channel<string>> _pages = [];

    /// <summary>How many pages are listening.</summary>
    public int Listeners
    {
        get
        {
            lock (_gate)
            {
                return _pages.Count;
            }
        }
    }

    /// <summary>An event that carries only the site's version: hello, reload or ok.</summary>
    public static string Message(string name, int version) => Event(name, JsonSerializer.Serialize(new VersionEvent(version), LiveReloadJson.Default.VersionEvent));

    public static string Failed(int version, IReadOnlyList<Diagnostic> problems) => Event("failed", JsonSerializer.Serialize(
        new FailedEvent(version, [.. problems.Select(d => new ProblemEvent(
            d.Path, Math.Max(d.Line, 1), Math.Max(d.Column, 1), d.IsError ? "error" : "warning", d.Code, d.Message))]),
        LiveReloadJson.Default.FailedEvent));

    private static string Event(string name, string data) => $"event: {name}\ndata: {data}\n\n";

    public void Broadcast(string message)
    {
        lock (_gate)
        {
            foreach (var page in _pages)
            {
                page.Writer.TryWrite(message);
            }
        }
    }

    /// <summary>
    /// Streams messages to one page until it goes away or the server stops. The page is registered before
    /// <paramref name="greeting"/> is asked for, so no broadcast falls between the two.
    /// </summary>
    public async Task StreamAsync(HttpContext context, Func<IEnumerable<string>> greeting, CancellationToken stopping)
    {
        context.Response.ContentType = "text/event-stream; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var page = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            _pages.Add(page);
        }
        using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            foreach (var message in greeting())
            {
                page.Writer.TryWrite(message);
            }
            while (!done.IsCancellationRequested)
            {
                while (page.Reader.TryRead(out var message))
                {
                    await context.Response.WriteAsync(message, done.Token);
                }
                await context.Response.Body.FlushAsync(done.Token);
                if (!await WaitOrKeepAlive(page, context, done.Token))
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed or the server is stopping: nothing to tell anyone.
        }
        finally
        {
            lock (_gate)
            {
                _pages.Remove(page);
            }
        }
    }

    private static async Task<bool> WaitOrKeepAlive(Channel<string> page, HttpContext context, CancellationToken done)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(done);
        wait.CancelAfter(KeepAlive);
        try
        {
            return await page.Reader.WaitToReadAsync(wait.Token);
        }
        catch (OperationCanceledException) when (!done.IsCancellationRequested)
        {
            await context.Response.WriteAsync(": keep-alive\n\n", done);
            return true;
        }
    }
}

internal sealed record VersionEvent(int Version);

internal sealed record FailedEvent(int Version, IReadOnlyList<ProblemEvent> Problems);

internal sealed record ProblemEvent(string Path, int Line, int Column, string Severity, string Code, string Message);

/// <summary>The events' JSON, camelCase as live-reload.js reads it, written by generated code (the native build has no reflection-based JSON).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(VersionEvent))]
[JsonSerializable(typeof(FailedEvent))]
internal sealed partial class LiveReloadJson : JsonSerializerContext;
