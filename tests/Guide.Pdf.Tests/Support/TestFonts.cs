using Guide.Bench;

namespace Guide.Pdf.Tests.Support;

/// <summary>
/// Fonts for tests. Noto Sans SC comes from the font cache (fetched with npm on first use,
/// never committed); the collection, the CFF font and the composite-glyph font are built here.
/// </summary>
internal static class TestFonts
{
    private static readonly Lazy<PdfFont> LazyRegular = new(() => PdfFont.Load(NotoFontCache.Regular));
    private static readonly Lazy<PdfFont> LazyBold = new(() => PdfFont.Load(NotoFontCache.Bold));
    private static readonly Lazy<string> LazyCollection = new(() => WriteTemp("NotoSansSC.ttc", CollectionBuilder.Build(
        [File.ReadAllBytes(NotoFontCache.Regular), File.ReadAllBytes(NotoFontCache.Bold)])));

    public static PdfFont Regular => LazyRegular.Value;

    public static PdfFont Bold => LazyBold.Value;

    /// <summary>A .ttc holding Noto Sans SC Regular (face 0) and Bold (face 1).</summary>
    public static string CollectionPath => LazyCollection.Value;

    public static string WriteTemp(string name, byte[] data)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("guide-font-").FullName, name);
        File.WriteAllBytes(path, data);
        return path;
    }
}
