namespace Guide.Worksheets.Tests;

/// <summary>
/// Renders every shipped worksheet in every edition once per test run into a temp folder, with
/// the font the build would find (the cache that .ci/run fills with npm, or a system CJK font).
/// </summary>
public sealed class RenderedWorksheets : IDisposable
{
    public static readonly WorksheetRenderOptions Options = new()
    {
        SiteName = TheGuide.Text("绩效面谈指南", "Review Conversation Guide"),
        Words = TheGuide.Words,
        TypingLanguage = "zh-CN",
        CreationDate = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
    };

    public RenderedWorksheets()
    {
        var diagnostics = new DiagnosticBag();
        Catalog = WorksheetCatalog.Load(RepoPaths.Worksheets, TheGuide.Languages, diagnostics);
        Fonts = WorksheetFonts.Locate(null, "zh-CN", diagnostics)
            ?? throw new InvalidOperationException(string.Join('\n', diagnostics.Sorted()));
        Folder = Directory.CreateTempSubdirectory("worksheet-pdfs-").FullName;
        foreach (var worksheet in Catalog.All)
        {
            foreach (var edition in TheGuide.Editions)
            {
                File.WriteAllBytes(PathOf(worksheet.Id, edition), WorksheetPdf.Render(worksheet, edition, Fonts, Options));
            }
        }
    }

    public WorksheetCatalog Catalog { get; }

    public WorksheetFonts Fonts { get; }

    public string Folder { get; }

    public Worksheet Get(string id) => Catalog.FindById(id)!;

    public string PathOf(string id, WorksheetEdition edition) =>
        Path.Combine(Folder, $"{edition.Language}-{edition.FileName(Get(id).Slug)}");

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

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

[CollectionDefinition(Name)]
public sealed class RenderedCollection : ICollectionFixture<RenderedWorksheets>
{
    public const string Name = "rendered worksheets";
}
