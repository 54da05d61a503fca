using CsCheck;

namespace Guide.Tests.Fuzzing;

/// <summary>Which input file a fuzzed text replaces.</summary>
public enum FuzzTarget
{
    FrontMatter,
    Markdown,
    SiteYml,
    Worksheet,
}

/// <summary>One generated input: a text for one file, or raw bytes when it is about encodings.</summary>
public sealed record FuzzInput(FuzzTarget Target, string Text, byte[]? Bytes = null)
{
    public override string ToString() =>
        $"{Target}: {(Bytes is null ? System.Text.Json.JsonSerializer.Serialize(Text.Length > 2000 ? Text[..2000] + "…" : Text) : Convert.ToHexString(Bytes.AsSpan(0, Math.Min(Bytes.Length, 400))))}";
}

/// <summary>
/// Generators of hostile and careless inputs: valid files with tokens spliced in, token soup, deep nesting,
/// and bytes that are not UTF-8. The tokens are what the issue's attackers and careless editors tried.
/// </summary>
public static class FuzzInputs
{
    private static readonly string[] MarkdownTokens =
    [
        "# ", "## Before the review: prepare well", "### x", "> ", ">>>>", "- ", "1. ", "* ", "+ ", "  ", "    ", "\n", "\n\n", "\t",
        "*", "**", "_", "__", "~~", "`", "```", "```js\n", "[", "]", "(", ")", "![", "{", "}", "|", "|a|b|\n|-|-|\n|c|d|\n",
        "{#own-id}", "{.wide}", "{onclick=alert(1)}", "{onerror=\"alert(1)\"}", "{style=\"color:red\"}", "{data-x=1}", "{#a .b onmouseover=x}",
        "<", ">", "<javascript:alert(1)>", "<JavaScript:alert(1)>", "<https://example.org/x>", "<hr@example.org>", "<mailto:hr@example.org>",
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", " javascript:x", "vbscript:msgbox", "data:text/html,<script>alert(1)</script>",
        "data:image/png;base64,iVBORw0KGgo=", "http://", "https://example.org/", "HTTPS://EXAMPLE.ORG/", "Mailto:hr@example.org", "mailto:", "ftp://example.org/",
        "//evil.example/", "\\\\evil\\share", "../", "../../", "../index.md", "index.md", "../../assets/a.svg", "../../site.yml", "#before-the-review-prepare-well",
        "#nope", "worksheet:W2", "worksheet:w2", "worksheet:W99", "%00", "%2e%2e/", "%0a", "\\", "C:\\Windows\\x.png", "/etc/passwd", "file:///etc/passwd",
        "\0", "\u2028", "\u202E", "\uFEFF", ":::say\n", ":::tip\n", ":::sya\n", ":::\n", "[^1]", "[^1]: note\n", "$$x$$", "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>", "<iframe src=//evil>", "&#106;avascript:", "&lt;", "&#0;", "www.example.com", "*[HTML]: Hyper Text\n", "Term\n:   definition\n",
        "- [ ] task\n", "- [x] done\n", "---\n", "===\n", "中文", "面谈前：充分准备", "😀", "\uFFFD", "\r\n", "\r",
    ];

    private static readonly string[] YamlTokens =
    [
        "title: ", "title: x", "title: 标题", "summary: ", "order: ", "order: 10", "order: x", "order: 99999999999", "audience: ", "employee", "manager",
        "all", "Employee", "tags: ", "topics: ", "[", "]", "{", "}", ",", ":", ": ", "- ", "\n", "  ", "'", "\"", "&a ", "*a", "!!str ", "!!binary ",
        "!!int ", "? ", "|", ">", "#", "%YAML 1.2\n", "---", "...", "null", "~", "true", "no", "\t", "\0", "\uFEFF", "key", "x", "中文", "\\", "\\u0000",
        "<<: *a", "@", "`", "%",
    ];

    private static readonly string[] SiteValues =
    [
        "https://example.org/guide", "javascript:alert(1)", "JavaScript:alert(1)//", "data:text/html,x", "//evil.example", "ftp://x", "", "http://",
        "assets/a.svg", "../secret.png", "/etc/passwd", "assets/.hidden.png", "x.txt", "assets/a.svg\n", "\"#1f5f8b\"", "\"#ffffff\"", "red",
        "en", "zh-CN", "EN", "../x", "en us", "assets", "x-private", "zh-Hant-TW", "a/b", "\"\"", "[a, b]", "{a: b}",
    ];

    private static readonly string[] SiteKeys =
        ["title", "languages", "repository", "editBranch", "internal", "baseUrl", "organisation", "logo", "primaryColor", "footer", "worksheets", "titel"];

    public static Gen<FuzzInput> All(string baseSite, string basePage, string baseWorksheet) => Gen.Frequency(
        (3, FrontMatter(basePage)),
        (4, Markdown(basePage)),
        (2, SiteYml(baseSite)),
        (2, Worksheet(baseWorksheet)),
        (1, NotUtf8(basePage, baseSite, baseWorksheet)));

    private static Gen<FuzzInput> FrontMatter(string basePage)
    {
        var front = basePage[4..basePage.IndexOf("\n---", 4, StringComparison.Ordinal)];
        return Gen.OneOf(Mutated(front, YamlTokens), Soup(YamlTokens), Deep(YamlTokens))
            .Select(text => new FuzzInput(FuzzTarget.FrontMatter, text));
    }

    private static Gen<FuzzInput> Markdown(string basePage) =>
        Gen.OneOf(Mutated(basePage[(basePage.IndexOf("\n---", 4, StringComparison.Ordinal) + 5)..], MarkdownTokens), Soup(MarkdownTokens), Deep(MarkdownTokens), Links())
            .Select(text => new FuzzInput(FuzzTarget.Markdown, text));

    private static Gen<FuzzInput> SiteYml(string baseSite) =>
        Gen.OneOf(Mutated(baseSite, YamlTokens), Setting(baseSite), Deep(YamlTokens).Select(deep => baseSite + "\nfooter: " + deep))
            .Select(text => new FuzzInput(FuzzTarget.SiteYml, text));

    private static Gen<FuzzInput> Worksheet(string baseWorksheet) =>
        Gen.OneOf(Mutated(baseWorksheet, YamlTokens), Soup(YamlTokens), Deep(YamlTokens).Select(deep => baseWorksheet.Replace("intro:", "intro: " + deep + "\nx:", StringComparison.Ordinal)))
            .Select(text => new FuzzInput(FuzzTarget.Worksheet, text));

    /// <summary>A valid file with a few tokens spliced in, or a range cut out or doubled.</summary>
    private static Gen<string> Mutated(string text, string[] tokens) =>
        Gen.Int[1, 6].SelectMany(count => Gen.Int[0, 2].SelectMany(kind => Gen.Int[0, text.Length].SelectMany(at => Gen.Int[0, 40].SelectMany(length => Gen.OneOf(tokens).Select(token => (kind, at, length, token))))).Array[count])
            .Select(edits =>
            {
                var result = text;
                foreach (var (kind, at, length, token) in edits)
                {
                    var start = Math.Min(at, result.Length);
                    var cut = Math.Min(length, result.Length - start);
                    result = kind switch
                    {
                        0 => result.Insert(start, token),
                        1 => result.Remove(start, cut),
                        _ => result.Insert(start, result.Substring(start, cut)),
                    };
                }
                return result;
            });

    /// <summary>Tokens and random characters in any order.</summary>
    private static Gen<string> Soup(string[] tokens) =>
        Gen.Frequency((4, Gen.OneOf(tokens)), (1, Gen.String[0, 8]), (1, Gen.Char.Select(c => c.ToString()))).Array[0, 80]
            .Select(parts => string.Concat(parts));

    /// <summary>One token repeated, up to far beyond any nesting a parser allows.</summary>
    private static Gen<string> Deep(string[] tokens) =>
        Gen.OneOf(tokens).SelectMany(token => Gen.Int[1, 4000].Select(count => string.Concat(Enumerable.Repeat(token, count)) + "x"));

    /// <summary>Links, images and autolinks with every kind of address.</summary>
    private static Gen<string> Links() =>
        Gen.OneOf("[a](", "![a](", "[a](<", "<", "[a][r]\n\n[r]: ").SelectMany(open =>
            Gen.OneOf(MarkdownTokens).Array[1, 3].Select(parts => open + string.Concat(parts) + (open.EndsWith('<') ? ">" : open.EndsWith("]: ", StringComparison.Ordinal) ? "" : ")")))
            .Array[1, 6].Select(links => string.Join(" ", links) + "\n\n## Before the review: prepare well\n");

    /// <summary>site.yml with one setting given a hostile or careless value.</summary>
    private static Gen<string> Setting(string baseSite) =>
        Gen.OneOf(SiteKeys).SelectMany(key => Gen.OneOf(SiteValues).Select(value => key switch
        {
            "languages" => baseSite.Replace("- { code: en, label: English }", $"- {{ code: {value}, label: X }}", StringComparison.Ordinal),
            _ => baseSite + $"\n{key}: {value}\n",
        }));

    /// <summary>A base file re-encoded or with stray bytes: what an editor's Windows machine might save.</summary>
    private static Gen<FuzzInput> NotUtf8(string basePage, string baseSite, string baseWorksheet) =>
        Gen.OneOf((FuzzTarget.Markdown, basePage), (FuzzTarget.SiteYml, baseSite), (FuzzTarget.Worksheet, baseWorksheet)).SelectMany(pick =>
            Gen.Int[0, 3].SelectMany(kind => Gen.Int[0, 200].SelectMany(at => Gen.Byte.Array[1, 4].Select(stray =>
            {
                var utf8 = System.Text.Encoding.UTF8.GetBytes(pick.Item2);
                byte[] bytes = kind switch
                {
                    0 => Gbk.GetBytes(pick.Item2),
                    1 => System.Text.Encoding.Latin1.GetBytes(pick.Item2),
                    2 => [.. System.Text.Encoding.Unicode.GetPreamble(), .. System.Text.Encoding.Unicode.GetBytes(pick.Item2)],
                    _ => [.. utf8[..Math.Min(at, utf8.Length)], .. stray, .. utf8[Math.Min(at, utf8.Length)..]],
                };
                return new FuzzInput(pick.Item1, pick.Item2, bytes);
            }))));

    private static readonly System.Text.Encoding Gbk = GetGbk();

    private static System.Text.Encoding GetGbk()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        return System.Text.Encoding.GetEncoding(936);
    }
}
