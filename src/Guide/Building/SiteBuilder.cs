using System.Diagnostics;
using Guide.Content;
using Guide.Markdown;
using Guide.Output;
using Guide.Preparation;
using Guide.Rendering;

namespace Guide.Building;

/// <summary>
/// One build as a plain sequence: load → index → pages (render and layout, streamed) → pdf → copy. Every
/// file goes to an <see cref="IOutputSink"/> as it is made: <c>guide build</c> streams them to disk
/// (<see cref="Hosting.Publisher"/>), the dev server and the tests keep them in memory. The steps that cost
/// time go through a <see cref="BuildMemo"/>, keyed by what each reads: a one-off build has one that keeps
/// nothing; the dev server passes the same memo to every rebuild, so a save redoes only what it affects.
/// </summary>
public sealed class SiteBuilder(BuildOptions options, IBuildProgress progress, BuildMemo? memo = null)
{
    private readonly BuildMemo _memo = memo ?? BuildMemo.OneOff();
    private readonly DiagnosticBag _diagnostics = new();
    private readonly List<(string, TimeSpan)> _phases = [];

    /// <summary>The whole site in memory, in <see cref="BuildResult.Files"/>.</summary>
    public BuildResult Build()
    {
        var files = new OutputFiles();
        var result = Build(files);
        return result.Complete ? result with { Files = files } : result;
    }

    /// <summary>The whole site into <paramref name="files"/>; a failed build may have put part of it there.</summary>
    public BuildResult Build(IOutputSink files)
    {
        _memo.StartBuild();
        var input = Path.GetFullPath(options.InputDir);
        if (!InputExists(input))
        {
            return Fail();
        }
        // Asking git for its head is a process of its own: it runs while the pages load.
        var head = Task.Run(() => PageHistory.Head(input));

        var loader = new SiteLoader(options, _memo, _diagnostics);
        var loaded = Time("load", () => loader.Load(input));
        if (loaded is null || _diagnostics.HasErrors)
        {
            return Fail();
        }
        var site = loaded.Site;

        // The phrase bank and the card read the pages and worksheet definitions as loaded.
        var preparation = Time("phrases", () => CardAndPhrases.Gather(site, loaded.Catalog, options.ResolvedWorksheetsDir, _diagnostics));
        var theme = options.ThemeAssetsDir is { } themeDir ? SiteAssets.FilesIn(themeDir) : null;
        var assets = new SiteAssets(new AssetManifest(), site.Config.PrimaryColor, PublishedLogo(site.Config),
            [.. site.Config.Languages.Select(l => (l.Code, site.Config.Title[l.Code]))], theme);
        // Every page names the search index by its content hash, so the index comes before any page.
        Time("index", () => IndexPhase.Build(site, loader.TakeSections(), assets, loaded.Catalog, loaded.Rehearsals, options.Route, _memo));
        if (!_memo.Keeps)
        {
            // Every page's search sections and the index's working structures died with the index phase: about
            // half the heap at 20,000 pages. Collected now, at once, the server GC sizes the pages phase's
            // budgets for the heap that is left; left to itself it kept them sized for the old heap, and the
            // build's peak went past 1 GB in four of ten runs (750–1,060 MB; nine runs with this: 750–890 MB).
            // The dev server's memo keeps most of that heap alive, and a save should not wait for a full collection.
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        }
        var writer = new PageWriter(site, assets, History(input, head.GetAwaiter().GetResult(), site.Config), loaded.Catalog, options, loaded.Rehearsals, preparation);
        var bodies = new BodyPhase(site, input, options.Portable, _memo, _diagnostics);
        Time("pages", () => new PageStream(site, writer.Views, bodies).Write(files));
        if (_diagnostics.HasErrors)
        {
            return Fail();
        }
        Time("layout", () => writer.WriteAll(files));
        Time("pdf", () => WorksheetPdfs.Write(site, loaded, options, files, _memo, _diagnostics));
        Time("copy", () => CopyFiles(site, input, assets, files));
        _memo.EndBuild();
        if (_diagnostics.HasErrors)
        {
            return Fail();
        }

        var perLanguage = site.Config.Languages.ToDictionary(l => l.Code, l => site.Documents.Count(d => d.Page.Lang == l.Code));
        return new BuildResult(null, _diagnostics.Sorted(), perLanguage, _phases) { Complete = true, FileCount = files.Count };
    }

    /// <summary>
    /// The load and render phases and the worksheets' layout, for <c>guide check</c>: every problem the
    /// build finds in the content, and the model for further checks (null when a page or setting failed to
    /// load, as the model would then be missing it). No page is laid out and nothing is written.
    /// </summary>
    public (Site? Site, IReadOnlyList<Diagnostic> Diagnostics) Validate()
    {
        _memo.StartBuild();
        var input = Path.GetFullPath(options.InputDir);
        var loaded = InputExists(input) ? Time("load", () => new SiteLoader(options, _memo, _diagnostics).Load(input)) : null;
        if (loaded is null || _diagnostics.HasErrors)
        {
            return (null, _diagnostics.Sorted());
        }
        Time("phrases", () => CardAndPhrases.Gather(loaded.Site, loaded.Catalog, options.ResolvedWorksheetsDir, _diagnostics));
        Time("render", () => BodyPhase.Render(loaded.Site, input, options.Portable, _memo, _diagnostics));
        // The PDFs are laid out as the build lays them out (a field too tall for a page shows only there) and thrown away.
        Time("pdf", () => WorksheetPdfs.Write(loaded.Site, loaded, options, new OutputFiles(), _memo, _diagnostics));
        return (loaded.Site, _diagnostics.Sorted());
    }

    private bool InputExists(string input)
    {
        if (!Directory.Exists(input))
        {
            _diagnostics.Add(Diagnostic.Error(DisplayPath.Of(input), 0, 0, DiagnosticCodes.MissingFile,
                "the input folder does not exist; pass --input with the folder that holds site.yml"));
        }
        return Directory.Exists(input);
    }

    /// <summary>"Last updated" dates from git, read again only after a commit.</summary>
    /// <param name="head">What <see cref="PageHistory.Head"/> answered for the input folder.</param>
    private PageHistory History(string input, string? head, SiteConfig config) =>
        _memo.Get("history", input, head ?? "", () => PageHistory.Read(input, head, config)).With(config);

    private static string? PublishedLogo(SiteConfig config) =>
        config.Logo is null ? null : config.Logo.TrimStart('/');

    private void CopyFiles(Site site, string input, SiteAssets assets, IOutputSink files)
    {
        foreach (var (path, content) in assets.Manifest.Files)
        {
            files.Add(path, content);
        }
        // Images and other files that pages link to keep their place below input/.
        foreach (var file in site.Assets)
        {
            if (files.Contains(file.RelativePath))
            {
                _diagnostics.Add(Diagnostic.Error(file.Display, 0, 0, DiagnosticCodes.DuplicateOutput,
                    $"this file would be published at {file.RelativePath}, where the guide writes a file of its own; rename it or move it into another folder"));
            }
            else if (InputFile.ReadBytes(file.ReadPath, input, file.Display, _diagnostics) is { } bytes)
            {
                files.Add(file.RelativePath, bytes);
            }
        }
    }

    private T Time<T>(string phase, Func<T> work)
    {
        progress.Phase(phase);
        var clock = Stopwatch.StartNew();
        var result = work();
        _phases.Add((phase, clock.Elapsed));
        return result;
    }

    private void Time(string phase, Action work) => Time<object?>(phase, () =>
    {
        work();
        return null;
    });

    private BuildResult Fail() => new(null, _diagnostics.Sorted(), new Dictionary<string, int>(), _phases);
}
