namespace Guide.Search.Tests;

/// <summary>
/// A two-language site on disk, laid out as the pipeline lays out a portable build: pages with the
/// layout's search markup and a strict CSP, the client and stylesheet under assets/, indexes under
/// search/. Opened from file://, it is the worst case the search must survive.
/// </summary>
internal sealed class FixtureSite : IDisposable
{
    public FixtureSite()
    {
        Root = Path.Combine(Path.GetTempPath(), "guide-site-" + Guid.NewGuid().ToString("N"));
        Write("assets/js/search.js", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "client", "search.js")));
        Write("assets/css/search.css", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "client", "search.css")));
        // Shards and groups this small make even the fixture's few pages load as several files.
        var tiny = new SearchIndexOptions { TermShardBytes = 200, PageGroupBytes = 200 };
        IndexFiles.Write(Path.Combine(Root, "search"), SearchIndexBuilder.Build("zh-CN", Portable(Fixtures.Chinese), tiny));
        IndexFiles.Write(Path.Combine(Root, "search"), SearchIndexBuilder.Build("en", Portable(Fixtures.English), tiny));
        Write("zh-CN/index.html", Page("zh-CN", "en", "../", "首页", "<h1>首页</h1>"));
        Write("zh-CN/during/listening/index.html", Page("zh-CN", "en", "../../../", "积极倾听与复述确认",
            "<h1>积极倾听与复述确认</h1><h2 id=\"复述确认\">复述确认</h2><p>复述一遍。</p>"));
        Write("en/during/listening/index.html", Page("en", "zh-CN", "../../../", "Listen", "<h1>Listen</h1>"));
    }

    public string Root { get; }

    public Uri Url(string path) => new(Path.Combine(Root, path));

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static List<SearchDocument> Portable(IEnumerable<SearchDocument> docs) =>
        [.. docs.Select(d => d with { Url = d.Url.Contains('#', StringComparison.Ordinal) ? d.Url.Replace("/#", "/index.html#", StringComparison.Ordinal) : d.Url + "index.html" })];

    private static string Page(string lang, string other, string bas, string title, string body) => $"""
        <!DOCTYPE html>
        <html lang="{lang}"><head><meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'self'">
        <title>{title}</title><link rel="stylesheet" href="{bas}assets/css/search.css"></head>
        <body><header>
        <div class="search" id="search" role="search" data-lang="{lang}" data-base="{bas}" data-index="{bas}search/index.{lang}.js" data-other-lang="{other}" data-other-index="{bas}search/index.{other}.js" data-label-other="{(lang == "en" ? "Include Chinese" : "Include English")}" data-label-none="{(lang == "en" ? "No results" : "没有找到结果")}" data-label-placeholder="search">
        <label for="search-input" class="visually-hidden">search</label><input id="search-input" type="search" autocomplete="off"> <div id="search-results"></div></div>
        </header><main>{body}</main>
        <script src="{bas}assets/js/search.js" defer></script>
        </body></html>
        """;

    private void Write(string path, string text)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
