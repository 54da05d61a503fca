using System.Net;
using Guide.Serving;

namespace Guide.Tests.Editing;

/// <summary>
/// The preview server as an editor meets it: a page is served, a save reloads it with the new text,
/// and a broken save shows the problem while the last good page stays. The waits below only keep a
/// broken server from hanging the run; nothing here measures time.
/// </summary>
public sealed class ServeTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly FixtureSite _site = new(FixtureSite.Small());
    private readonly HttpClient _http = new() { Timeout = Patience };
    private DevServer _server = null!;

    public async ValueTask InitializeAsync() =>
        _server = await DevServer.StartAsync(new ServeOptions(_site.Options(), Port: 0), TextWriter.Null);

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
        _site.Dispose();
    }

    [Fact]
    public async Task It_listens_on_the_loopback_address_only()
    {
        Assert.Equal("127.0.0.1", _server.Url.Host);
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync(Url("en/before/"))).StatusCode);
    }

    [Fact]
    public async Task Saving_a_page_sends_a_reload_and_the_page_then_has_the_new_text()
    {
        Assert.Contains("Review first.", await Page("en/before/"));
        await using var events = await EventStream.OpenAsync(_http, Url("__guide/events"));
        Assert.Equal("hello", (await events.NextAsync()).Name);

        Replace("input/en/before/index.md", "Review first.", "Review your goals first.");

        var reload = await events.NextAsync();
        Assert.Equal("reload", reload.Name);
        Assert.Equal(2, reload.Data.GetProperty("version").GetInt32());
        Assert.Contains("Review your goals first.", await Page("en/before/"));
    }

    [Fact]
    public async Task A_broken_save_keeps_the_last_good_page_and_sends_the_problem_to_open_pages()
    {
        await using var events = await EventStream.OpenAsync(_http, Url("__guide/events"));
        await events.NextAsync();

        Replace("input/en/before/index.md", "Review first.", "Review [the plan](plan.md) first.");

        var failed = await events.NextAsync();
        Assert.Equal("failed", failed.Name);
        var problem = failed.Data.GetProperty("problems")[0];
        Assert.Equal("GUIDE005", problem.GetProperty("code").GetString());
        Assert.Equal(9, problem.GetProperty("line").GetInt32());
        Assert.EndsWith("input/en/before/index.md", problem.GetProperty("path").GetString());
        var page = await Page("en/before/");
        Assert.Contains("Review first.", page);
        Assert.Contains("data-version=\"1\"", page);

        Replace("input/en/before/index.md", "Review [the plan](plan.md) first.", "Review the plan first.");

        Assert.Equal("reload", (await events.NextAsync()).Name);
        Assert.Contains("Review the plan first.", await Page("en/before/"));
    }

    [Fact]
    public async Task A_page_opened_after_a_broken_save_hears_about_the_problem_at_once()
    {
        Replace("input/zh-CN/index.md", "欢迎。", ":::sya\n欢迎。\n:::\n");
        await using (var first = await EventStream.OpenAsync(_http, Url("__guide/events")))
        {
            await first.NextAsync();
            var failed = await first.NextAsync();
            Assert.Equal("failed", failed.Name);
        }

        await using var later = await EventStream.OpenAsync(_http, Url("__guide/events"));

        Assert.Equal("hello", (await later.NextAsync()).Name);
        Assert.Equal("GUIDE014", (await later.NextAsync()).Data.GetProperty("problems")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Only_pages_get_the_reload_script_and_folders_without_a_slash_redirect()
    {
        var page = await Page("zh-CN/");
        var root = await Page("");
        var css = await _http.GetAsync(Url("__guide/live-reload.css"));
        var script = await _http.GetAsync(Url("__guide/live-reload.js"));
        var redirect = await new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }).GetAsync(Url("zh-CN/before"));

        // Just before </body>, with the build's version and the page's words for a failed build.
        Assert.Matches("<script src=\"/__guide/live-reload.js\" data-version=\"1\" data-text-failed=\"构建出错\"[^>]*></script></body>", page);
        Assert.Contains("/__guide/live-reload.js", root);
        Assert.Equal("text/javascript; charset=utf-8", script.Content.Headers.ContentType!.ToString());
        Assert.Contains(".guide-build-error", await css.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Found, redirect.StatusCode);
        Assert.Equal("/zh-CN/before/", redirect.Headers.Location!.OriginalString);
        var notFound = await _http.GetAsync(Url("zh-CN/nowhere/"));
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Contains("/__guide/live-reload.js", await notFound.Content.ReadAsStringAsync());
    }

    private Uri Url(string path) => new(_server.Url, path);

    private async Task<string> Page(string path)
    {
        var response = await _http.GetAsync(Url(path));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private void Replace(string path, string from, string to)
    {
        var full = Path.Combine(_site.Root, path);
        var text = File.ReadAllText(full);
        Assert.Contains(from, text);
        File.WriteAllText(full, text.Replace(from, to, StringComparison.Ordinal));
    }
}
