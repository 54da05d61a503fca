namespace Guide.Rehearsals;

/// <summary>
/// Every rehearsal of the guide, employees' first, each audience by <c>order</c> and then id, with a
/// lookup by id for <c>rehearsal:ID</c> links.
/// </summary>
public sealed class RehearsalCatalog
{
    private RehearsalCatalog(IReadOnlyList<Rehearsal> rehearsals, IReadOnlyList<GuideRef> links, IReadOnlyList<string> unloaded)
    {
        All = rehearsals;
        Links = links;
        Unloaded = unloaded;
    }

    /// <summary>A catalog without rehearsals, for a guide that has no rehearsals folder.</summary>
    public static RehearsalCatalog Empty { get; } = new([], [], []);

    /// <summary>
    /// The ids of files that did not load because of the problems reported for them: a page that links one
    /// is not wrong, so it gets no problem of its own.
    /// </summary>
    public IReadOnlyList<string> Unloaded { get; }

    /// <summary>
    /// Every <c>read:</c> link of every file, those of files left out for other problems included, so a
    /// link is checked in the same run as the rest of its file.
    /// </summary>
    public IReadOnlyList<GuideRef> Links { get; }

    /// <summary>The rehearsals in the order lists show them.</summary>
    public IReadOnlyList<Rehearsal> All { get; }

    /// <summary>The rehearsal with this id, or null.</summary>
    public Rehearsal? Find(string id) => All.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal));

    /// <summary>
    /// Loads every <c>*.yml</c> file of <paramref name="folder"/>, each text in every one of
    /// <paramref name="languages"/> (the site's, default first); a folder that does not exist is an
    /// empty catalog. Files with errors are left out and their problems go into <paramref name="diagnostics"/>.
    /// </summary>
    public static RehearsalCatalog Load(string folder, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(folder))
        {
            return Empty;
        }

        // Only regular UTF-8 files inside the folder are read (a FIFO would block, a link could lead anywhere).
        var parsed = Directory.GetFiles(folder, "*.yml")
            .Order(StringComparer.Ordinal)
            .Select(file => (Id: Path.GetFileNameWithoutExtension(file), Result: InputFile.ReadText(file, folder, file, diagnostics) is { } text
                ? RehearsalParser.Parse(file, text, languages, diagnostics)
                : (Rehearsal: (Rehearsal?)null, Links: (IReadOnlyList<GuideRef>)[])))
            .ToList();
        return new(
            Ordered(parsed.Select(p => p.Result.Rehearsal).OfType<Rehearsal>()),
            [.. parsed.SelectMany(p => p.Result.Links)],
            [.. parsed.Where(p => p.Result.Rehearsal is null).Select(p => p.Id)]);
    }

    /// <summary>Parses one definition from text; for tests and for the skeleton that <c>guide new rehearsal</c> writes.</summary>
    public static Rehearsal? Parse(string path, string text, IReadOnlyList<string> languages, DiagnosticBag diagnostics) =>
        RehearsalParser.Parse(path, text, languages, diagnostics).Rehearsal;

    /// <summary>A catalog of rehearsals already loaded.</summary>
    public static RehearsalCatalog From(IEnumerable<Rehearsal> rehearsals)
    {
        var all = Ordered(rehearsals);
        return new(all, [.. all.SelectMany(r => r.Choices).Select(c => c.Read)], []);
    }

    private static List<Rehearsal> Ordered(IEnumerable<Rehearsal> rehearsals) =>
        [.. rehearsals.OrderBy(r => r.Audience).ThenBy(r => r.Order).ThenBy(r => r.Id, StringComparer.Ordinal)];
}
