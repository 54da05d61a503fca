using AngleSharp.Html.Parser;
using Guide.Building;
using Guide.Checking;
using Guide.Hosting;
using Guide.Tests.Hardening;

namespace Guide.Tests.Fuzzing;

/// <summary>
/// A small guide in a temporary folder that every fuzzed input is tried against: the input replaces one
/// file, <c>build</c> and <c>check</c> run in-process, and the properties the generator promises are
/// asserted. The folder is put back before each case; the output is kept, as an HR build would keep it.
/// </summary>
public sealed class FuzzArena : IDisposable
{
    public const string FuzzPage = "input/en/before/fuzz.md";
    public const string FuzzWorksheet = "worksheets/w9-fuzz.yml";

    /// <summary>Codes only the output disk causes, which check does not look for.</summary>
    private static readonly string[] OutputCodes = ["GUIDE012", "GUIDE024"];

    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "xlink:href", "poster", "data", "background", "srcset", "cite"];

    private readonly FixtureSite _site;
    private readonly Dictionary<string, byte[]> _base;
    private SortedDictionary<string, string> _output;

    public FuzzArena()
    {
        var files = FixtureSite.Small();
        files["input/assets/a.svg"] = InputFolderTests.Svg("<circle r=\"4\"/>");
        files["input/site.yml"] = FixtureSite.SiteYml;
        files[FuzzPage] = BasePage;
        files[FuzzWorksheet] = File.ReadAllText(Path.Combine(Repo.Worksheets, "w2-three-three.yml")).Replace("id: W2", "id: W9", StringComparison.Ordinal);
        _site = new FixtureSite(files);
        _base = files.ToDictionary(f => f.Key, f => File.ReadAllBytes(Path.Combine(_site.Root, f.Key)));
        var first = Build();
        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));
        _output = OutputTree.Hashes(_site.Output);
    }

    public const string BasePage = "---\ntitle: Fuzz\nsummary: A page the fuzzer rewrites.\norder: 20\naudience: employee\ntags: [a, b]\n---\n\n## Heading\n\nSee [the home page](../index.md) and worksheet [W9](worksheet:W9).\n\n![a circle](../../assets/a.svg)\n";

    public string BaseSite => FixtureSite.SiteYml;

    public string BaseWorksheet => System.Text.Encoding.UTF8.GetString(_base[FuzzWorksheet]);

    /// <summary>How many cases built successfully (the rest were refused with problems).</summary>
    public int Built { get; private set; }

    /// <summary>Tries one input and throws when any promise is broken.</summary>
    public void Run(FuzzInput input)
    {
        Reset();
        Apply(input);

        var result = Build();
        var check = ContentCheck.Run(Options, strict: false);

        foreach (var problem in result.Diagnostics.Concat(check.Diagnostics))
        {
            Assert.True(problem.Path.Length > 0, $"a problem without a path: {problem}");
            Assert.Matches(Expect.CompilerForm(), problem.ToString());
        }
        var buildFailed = result.Diagnostics.Any(d => d.IsError && !OutputCodes.Contains(d.Code));
        Assert.True(buildFailed == check.Errors > 0,
            $"build and check disagree.\nbuild:\n{string.Join('\n', result.Diagnostics)}\ncheck:\n{string.Join('\n', check.Diagnostics)}");
        if (!result.Succeeded)
        {
            Assert.Equal(_output, OutputTree.Hashes(_site.Output));
            return;
        }
        Built++;
        foreach (var page in Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories))
        {
            AssertNoScript(page);
        }
        _output = OutputTree.Hashes(_site.Output);
    }

    private BuildOptions Options => _site.Options() with { WorksheetsDir = Path.Combine(_site.Root, "worksheets") };

    private BuildResult Build() => Publisher.Build(Options, NoProgress.Instance);

    private void Reset()
    {
        foreach (var (path, bytes) in _base)
        {
            File.WriteAllBytes(Path.Combine(_site.Root, path), bytes);
        }
    }

    private void Apply(FuzzInput input)
    {
        var path = input.Target switch
        {
            FuzzTarget.SiteYml => "input/site.yml",
            FuzzTarget.Worksheet => FuzzWorksheet,
            _ => FuzzPage,
        };
        if (input.Bytes is { } bytes)
        {
            File.WriteAllBytes(Path.Combine(_site.Root, path), bytes);
            return;
        }
        var text = input.Target switch
        {
            FuzzTarget.FrontMatter => "---\n" + input.Text + "\n---\n\nBody.\n",
            FuzzTarget.Markdown => "---\ntitle: Fuzz\n---\n\n" + input.Text + "\n",
            _ => input.Text,
        };
        // A cut can split a surrogate pair; an editor's file would hold U+FFFD there, as Encoding.UTF8 writes it.
        File.WriteAllBytes(Path.Combine(_site.Root, path), System.Text.Encoding.UTF8.GetBytes(text));
    }

    /// <summary>No element has an event handler, and no address on the page is a script URL or leaves out its scheme.</summary>
    private static void AssertNoScript(string page)
    {
        var document = new HtmlParser().ParseDocument(File.ReadAllText(page));
        foreach (var element in document.All)
        {
            Assert.False(element.LocalName is "iframe" or "object" or "embed" or "frame", $"{page} has an <{element.LocalName}>");
            Assert.False(element.LocalName == "script" && element.GetAttribute("src") is null, $"{page} has an inline script");
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{page}: <{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                if (UrlAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase))
                {
                    Assert.True(IsSafeAddress(attribute.Value), $"{page}: <{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                }
            }
        }
    }

    /// <summary>Written apart from the generator's own rule on purpose: a second opinion on what a browser would run.</summary>
    private static bool IsSafeAddress(string value)
    {
        var cleaned = new string([.. value.Where(c => c > ' ')]).ToLowerInvariant();
        var colon = cleaned.IndexOf(':');
        var slash = cleaned.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon))
        {
            return !cleaned.StartsWith("//", StringComparison.Ordinal) && !cleaned.StartsWith(@"\\", StringComparison.Ordinal);
        }
        return cleaned[..colon] is "http" or "https" or "mailto";
    }

    public void Dispose() => _site.Dispose();
}
