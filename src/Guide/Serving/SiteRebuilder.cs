using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using Guide.Building;

namespace Guide.Serving;

/// <summary>A successful build as the server hands it out: its files by path, and a version that grows with every change.</summary>
public sealed record ServedSite(int Version, IReadOnlyDictionary<string, byte[]> Files);

/// <summary>What one rebuild came to; <paramref name="Phases"/> are the build's phases and the swap of the served files.</summary>
public sealed record Rebuilt(bool Succeeded, bool Changed, int Version, TimeSpan Time, IReadOnlyList<(string Phase, TimeSpan Time)> Phases);

/// <summary>
/// Keeps the site the dev server serves: rebuilds (with one <see cref="BuildMemo"/> for its life) when told that
/// a source changed, swaps in the new files only when the build succeeded, and tells the open pages
/// to reload or shows them the problems. A failed build leaves the last good site in place.
/// </summary>
public sealed class SiteRebuilder(BuildOptions options, LiveReload pages, TextWriter log)
{
    /// <summary>An editor's save is often several file events (truncate, write, rename); wait this long for them to settle.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(30);

    private readonly BuildMemo _memo = new();
    private readonly Channel<bool> _dirty = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Lock _gate = new();
    private ServedSite? _current;
    private IReadOnlyList<Diagnostic>? _problems;

    /// <summary>The last good site, or null before the first build succeeded.</summary>
    public ServedSite? Current
    {
        get
        {
            lock (_gate)
            {
                return _current;
            }
        }
    }

    /// <summary>The problems of the last build when it failed, otherwise null.</summary>
    public IReadOnlyList<Diagnostic>? Problems
    {
        get
        {
            lock (_gate)
            {
                return _problems;
            }
        }
    }

    /// <summary>What a page hears on connecting: the site's version (a page that is older reloads) and any open problems.</summary>
    public IEnumerable<string> Greeting()
    {
        lock (_gate)
        {
            var version = _current?.Version ?? 0;
            return _problems is null
                ? [LiveReload.Message("hello", version)]
                : [LiveReload.Message("hello", version), LiveReload.Failed(version, _problems)];
        }
    }

    /// <summary>Notes that a source changed; the loop in <see cref="RunAsync"/> rebuilds once for any number of notes.</summary>
    public void Changed() => _dirty.Writer.TryWrite(true);

    public async Task RunAsync(CancellationToken stopping)
    {
        while (await _dirty.Reader.WaitToReadAsync(stopping))
        {
            await Task.Delay(Settle, stopping);
            while (_dirty.Reader.TryRead(out _))
            {
            }
            Rebuild();
        }
    }

    /// <summary>Builds now, then swaps in the site and tells the open pages.</summary>
    public Rebuilt Rebuild()
    {
        var clock = Stopwatch.StartNew();
        var result = Build();
        var problems = result.Diagnostics.Select(d => d with { Path = DisplayPath.Of(d.Path) }).ToList();
        foreach (var problem in problems)
        {
            log.WriteLine(problem.ToString());
        }
        var ms = clock.ElapsedMilliseconds.ToString(CultureInfo.InvariantCulture);
        if (!result.Succeeded)
        {
            int version;
            lock (_gate)
            {
                _problems = problems;
                version = _current?.Version ?? 0;
            }
            pages.Broadcast(LiveReload.Failed(version, problems));
            var errors = problems.Count(p => p.IsError).ToString(CultureInfo.InvariantCulture);
            log.WriteLine(version == 0
                ? $"build failed: {errors} error(s); fix them and save, the site is served as soon as it builds"
                : $"build failed: {errors} error(s); still serving the last good build");
            return new Rebuilt(false, false, version, clock.Elapsed, result.Phases);
        }

        var swap = Stopwatch.StartNew();
        var files = result.Files!.All();
        bool changed, wasBroken;
        ServedSite current;
        lock (_gate)
        {
            changed = _current is null || !Same(_current.Files, files);
            wasBroken = _problems is not null;
            _problems = null;
            if (changed)
            {
                _current = new ServedSite((_current?.Version ?? 0) + 1, files.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal));
            }
            current = _current!;
        }
        var phases = result.Phases.Append(("swap", swap.Elapsed)).ToList();
        if (changed)
        {
            pages.Broadcast(LiveReload.Message("reload", current.Version));
        }
        else if (wasBroken)
        {
            pages.Broadcast(LiveReload.Message("ok", current.Version));
        }
        var rendered = _memo.Made("body").ToString(CultureInfo.InvariantCulture);
        log.WriteLine(changed
            ? $"built in {ms} ms ({rendered} page(s) rendered); reloading {pages.Listeners.ToString(CultureInfo.InvariantCulture)} open page(s)"
            : $"built in {ms} ms; nothing changed");
        return new Rebuilt(true, changed, current.Version, clock.Elapsed, phases);
    }

    private BuildResult Build()
    {
        try
        {
            return new SiteBuilder(options, NoProgress.Instance, _memo).Build();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever goes wrong, the server keeps serving the last good site and rebuilds on the next save.
            var (path, cause) = FileProcessingException.Explain(e);
            var where = DisplayPath.Of(path ?? options.InputDir);
            return Failed(cause is IOException or UnauthorizedAccessException
                // A file caught half-written by an editor, most likely.
                ? Diagnostic.Error(where, 0, 0, DiagnosticCodes.UnreadableFile, $"the build stopped: {cause.Message}")
                : Diagnostic.Error(where, 0, 0, DiagnosticCodes.Unexpected,
                    $"the build failed unexpectedly ({cause.GetType().Name}: {cause.Message.ReplaceLineEndings(" ")}); this is a bug in the generator: save again after a change, or report it"));
        }
    }

    private static BuildResult Failed(Diagnostic problem) => new(null, [problem], new Dictionary<string, int>(), []);

    private static bool Same(IReadOnlyDictionary<string, byte[]> served, IReadOnlyList<KeyValuePair<string, byte[]>> built) =>
        served.Count == built.Count
        && built.All(f => served.TryGetValue(f.Key, out var old) && old.AsSpan().SequenceEqual(f.Value));
}
