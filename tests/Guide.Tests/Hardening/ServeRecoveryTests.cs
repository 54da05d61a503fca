using Guide.Serving;
using Guide.Tests.Editing;

namespace Guide.Tests.Hardening;

/// <summary>
/// A save that used to throw inside the rebuild (deep nesting, a NUL in a link) stopped the preview from
/// rebuilding for good, silently. Now each is reported in the terminal and the overlay, and the next save
/// that fixes it is picked up.
/// </summary>
public sealed class ServeRecoveryTests : IAsyncLifetime
{
    private readonly FixtureSite _site = new(FixtureSite.Small());
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly StringWriter _log = new();
    private DevServer _server = null!;

    public async ValueTask InitializeAsync() =>
        _server = await DevServer.StartAsync(new ServeOptions(_site.Options(), Port: 0), TextWriter.Synchronized(_log));

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        _site.Dispose();
    }

    [Theory]
    [InlineData("deep emphasis", "GUIDE021")]
    [InlineData("a NUL in a link", "GUIDE005")]
    public async Task A_save_that_broke_the_rebuild_is_shown_and_the_fix_is_picked_up(string breakage, string code)
    {
        await using var events = await EventStream.OpenAsync(_http, new Uri(_server.Url, "__guide/events"));
        Assert.Equal("hello", (await events.NextAsync()).Name);

        var broken = breakage == "deep emphasis" ? new string('*', 20_000) + "a" + new string('*', 20_000) : "[a](a%00b.png)";
        var page = Path.Combine(_site.Input, "en", "before", "index.md");
        var good = File.ReadAllText(page);
        File.WriteAllText(page, good.Replace("Review first.", broken));

        var failed = await events.NextAsync();
        Assert.Equal("failed", failed.Name);
        Assert.Equal(code, failed.Data.GetProperty("problems")[0].GetProperty("code").GetString());
        Assert.Contains($"error {code}: ", _log.ToString());

        File.WriteAllText(page, good.Replace("Review first.", "Fixed and saved."));

        // An editor's save can be several file events, so the broken state may be reported more than once.
        var next = await events.NextAsync();
        while (next.Name == "failed")
        {
            next = await events.NextAsync();
        }
        Assert.Equal("reload", next.Name);
        Assert.Contains("Fixed and saved.", await _http.GetStringAsync(new Uri(_server.Url, "en/before/")));
    }
}
