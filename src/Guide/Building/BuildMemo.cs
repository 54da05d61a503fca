using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Guide.Building;

/// <summary>
/// What a build may take from the builds before it. Each memoised step names what it reads as a key
/// (<see cref="Key"/> over the step's inputs); the memo returns the earlier result, with the problems found
/// while making it, when the key is the same, and makes it afresh otherwise. The same code runs cold and
/// warm: a one-off build has a memo of its own that keeps nothing (<see cref="OneOff"/>), the dev server
/// keeps one for its life.
/// </summary>
/// <remarks>
/// Entries a build did not ask for are dropped when it ends (<see cref="EndBuild"/>), so a deleted page
/// or worksheet does not stay in memory. Safe to use from the parallel parts of a build.
/// </remarks>
public sealed class BuildMemo
{
    private readonly ConcurrentDictionary<(string Step, string Item), Entry> _entries = new();
    private readonly ConcurrentDictionary<string, int> _made = new(StringComparer.Ordinal);
    private int _build;

    public BuildMemo()
        : this(keeps: true)
    {
    }

    private BuildMemo(bool keeps) => Keeps = keeps;

    /// <summary>
    /// A memo for a build that is not followed by another: it makes every result and keeps none, and never
    /// computes a key. Keeping every page's tree and body for a later build that never comes is what made a
    /// 20,000-page build need gigabytes.
    /// </summary>
    public static BuildMemo OneOff() => new(keeps: false);

    /// <summary>False for a <see cref="OneOff"/> memo: a step may then drop what it made once it is used.</summary>
    public bool Keeps { get; }

    /// <summary>
    /// The result of <paramref name="step"/> for <paramref name="item"/> (a page's path, a PDF's name),
    /// made by <paramref name="make"/> unless an earlier build made it from the same <paramref name="key"/>.
    /// The problems <paramref name="make"/> reports go to <paramref name="diagnostics"/> either way.
    /// </summary>
    public T Get<T>(string step, string item, string key, DiagnosticBag diagnostics, Func<DiagnosticBag, T> make) =>
        Get(step, item, () => key, diagnostics, make);

    /// <summary>The same, with a key that is computed only when the memo keeps results.</summary>
    public T Get<T>(string step, string item, Func<string> keyOf, DiagnosticBag diagnostics, Func<DiagnosticBag, T> make)
    {
        if (!Keeps)
        {
            var fresh = new DiagnosticBag();
            var made = make(fresh);
            _made.AddOrUpdate(step, 1, (_, n) => n + 1);
            diagnostics.AddRange(fresh.Sorted());
            return made;
        }
        var build = Volatile.Read(ref _build);
        var key = keyOf();
        if (_entries.TryGetValue((step, item), out var entry) && entry.Key == key)
        {
            entry.Build = build;
            diagnostics.AddRange(entry.Problems);
            return (T)entry.Value!;
        }
        var found = new DiagnosticBag();
        var value = make(found);
        var problems = found.Sorted();
        _entries[(step, item)] = new Entry(key, value, problems) { Build = build };
        _made.AddOrUpdate(step, 1, (_, n) => n + 1);
        diagnostics.AddRange(problems);
        return value;
    }

    /// <summary>A step without problems of its own.</summary>
    public T Get<T>(string step, string item, string key, Func<T> make) =>
        Get(step, item, key, new DiagnosticBag(), _ => make());

    /// <summary>A step without problems of its own, with a key computed only when the memo keeps results.</summary>
    public T Get<T>(string step, string item, Func<string> keyOf, Func<T> make) =>
        Get(step, item, keyOf, new DiagnosticBag(), _ => make());

    /// <summary>How many results of <paramref name="step"/> the current (or last) build made rather than took.</summary>
    public int Made(string step) => _made.GetValueOrDefault(step);

    /// <summary>Starts counting for a new build.</summary>
    public void StartBuild()
    {
        Interlocked.Increment(ref _build);
        _made.Clear();
    }

    /// <summary>Forgets what the build that ends did not ask for: pages, worksheets and files that are gone.</summary>
    public void EndBuild()
    {
        var build = Volatile.Read(ref _build);
        foreach (var (id, entry) in _entries)
        {
            if (entry.Build != build)
            {
                _entries.TryRemove(id, out _);
            }
        }
    }

    /// <summary>A fingerprint of a step's inputs: each part in order, so ("ab", "c") and ("a", "bc") differ.</summary>
    public static string Key(params IEnumerable<string?> parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            hash.AppendData(part is null ? [1] : Encoding.UTF8.GetBytes(part));
            hash.AppendData([0]);
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>A fingerprint of bytes, such as a definition file or a font.</summary>
    public static string Key(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes));

    private sealed class Entry(string key, object? value, IReadOnlyList<Diagnostic> problems)
    {
        public string Key { get; } = key;

        public object? Value { get; } = value;

        public IReadOnlyList<Diagnostic> Problems { get; } = problems;

        public int Build { get; set; }
    }
}
