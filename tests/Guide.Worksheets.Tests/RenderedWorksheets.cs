namespace Guide.Worksheets.Tests;

/// <summary>
/// Renders every shipped worksheet in every edition once per test run into a temp folder, on both
/// cores, with the font the build would find (the cache that .ci/run fills with npm, or a system CJK
/// font); the reader, layout and viewer-matrix tests all read these files.
/// </summary>
public sealed class RenderedWorksheets
{
    public static readonly WorksheetRenderOptions Options = new()
    {
        SiteName = TheGuide.Text("绩效面谈指南", "Review Conversation Guide"),
        Words = TheGuide.Words,
        TypingLanguage = "zh-CN",
        CreationDate = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
    };

    private static readonly Lazy<(WorksheetCatalog Catalog, WorksheetFonts Fonts, string Folder)> Rendering = new(Render);

    /// <summary>The one rendering of this test run, for the fixtures that read it too (the viewer matrix).</summary>
    public static RenderedWorksheets Shared { get; } = new();

    public WorksheetCatalog Catalog => Rendering.Value.Catalog;

    public WorksheetFonts Fonts => Rendering.Value.Fonts;

    public string Folder => Rendering.Value.Folder;

    private static (WorksheetCatalog, WorksheetFonts, string) Render()
    {
        var diagnostics = new DiagnosticBag();
        var catalog = WorksheetCatalog.Load(Repo.Worksheets, TheGuide.Languages, diagnostics);
        var fonts = WorksheetFonts.Locate(null, "zh-CN", diagnostics)
            ?? throw new InvalidOperationException(string.Join('\n', diagnostics.Sorted()));
        var folder = Directory.CreateTempSubdirectory("worksheet-pdfs-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        var jobs = catalog.All.SelectMany(w => TheGuide.Editions.Select(e => (Worksheet: w, Edition: e)));
        Parallel.ForEach(jobs, job => File.WriteAllBytes(PathOf(folder, job.Worksheet, job.Edition), WorksheetPdf.Render(job.Worksheet, job.Edition, fonts, Options)));
        return (catalog, fonts, folder);
    }

    public Worksheet Get(string id) => Catalog.FindById(id)!;

    public string PathOf(string id, WorksheetEdition edition) => PathOf(Folder, Get(id), edition);

    private static string PathOf(string folder, Worksheet worksheet, WorksheetEdition edition) =>
        Path.Combine(folder, $"{edition.Language}-{edition.FileName(worksheet.Slug)}");

    public static WorksheetEdition EditionNamed(string name) => name switch
    {
        "bilingual" => TheGuide.Bilingual,
        _ => WorksheetEdition.For(name),
    };

    /// <summary>W1…W9 × zh-CN, en, bilingual, as theory data.</summary>
    public static TheoryData<string, string> All()
    {
        var data = new TheoryData<string, string>();
        for (var i = 1; i <= 9; i++)
        {
            foreach (var edition in TheGuide.Editions)
            {
                data.Add($"W{i}", edition.ToString());
            }
        }

        return data;
    }

}

[CollectionDefinition(Name)]
public sealed class RenderedCollection : ICollectionFixture<RenderedWorksheets>
{
    public const string Name = "rendered worksheets";
}
