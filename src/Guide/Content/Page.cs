namespace Guide.Content;

/// <summary>Who a page is written for; drives the two reader paths.</summary>
public enum Audience
{
    All,
    Employee,
    Manager,
}

/// <summary>
/// One Markdown page of one language. <see cref="RelativePath"/> is the path below the language
/// folder (<c>before/self-review.md</c>); the same relative path in another language is its translation.
/// </summary>
public sealed record Page(
    string Lang,
    string RelativePath,
    string SourcePath,
    FrontMatter Meta,
    string Body,
    int BodyLine)
{
    private string? _body = Body;

    /// <summary>The Markdown below the front matter, read again from the file where this page dropped it (<see cref="WithoutBody"/>).</summary>
    public string Body
    {
        get => _body ?? BodySource?.Invoke() ?? throw new InvalidOperationException("the page has neither its body nor a way to read it");
        init => _body = value;
    }

    /// <summary>Reads the body again from the page's file; set for pages loaded from disk. Not part of a page's memo key (<see cref="Body"/> is).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Func<string>? BodySource { get; init; }

    /// <summary>
    /// The same page without its Markdown in memory, read again from its file when asked for. A one-off build
    /// of a large site parses each body once to load it and once to render it, and holding every body between
    /// the two was 200 MB of a 20,000-page build's peak.
    /// </summary>
    public Page WithoutBody() => BodySource is null ? this : this with { _body = null };

    /// <summary>
    /// For a page missing in <see cref="Lang"/>, the page of another language whose content is shown in its
    /// place (the default language's, when it has the page); null for a page an editor wrote.
    /// </summary>
    public Page? Original { get; init; }

    /// <summary>True for a page built from another language's because its translation is missing.</summary>
    public bool IsFallback => Original is not null;

    /// <summary>The language the body is written in: <see cref="Lang"/>, or the original's for a fallback.</summary>
    public string ContentLang => Original?.Lang ?? Lang;

    /// <summary>The same page shown in <paramref name="lang"/>, where it has no translation yet.</summary>
    public Page FallbackIn(string lang) => this with { Lang = lang, Original = this };

    /// <summary>The section folder (<c>before</c>), or empty for pages at the language root.</summary>
    public string Section => RelativePath.Contains('/') ? RelativePath[..RelativePath.IndexOf('/')] : "";

    /// <summary>True for a section's own page (<c>before/index.md</c>) and the home page.</summary>
    public bool IsIndex => Path.GetFileName(RelativePath) == "index.md";

    public bool IsHome => RelativePath == "index.md";

    /// <summary>The page's address below the site root, always ending in a slash: <c>zh-CN/before/self-review/</c>.</summary>
    public string Url
    {
        get
        {
            var withoutExt = RelativePath[..^3];
            var route = IsIndex ? withoutExt[..^"index".Length] : withoutExt + "/";
            return $"{Lang}/{route}";
        }
    }
}
