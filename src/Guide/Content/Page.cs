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
