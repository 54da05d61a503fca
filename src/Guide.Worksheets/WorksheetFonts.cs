using Guide.Pdf;

namespace Guide.Worksheets;

/// <summary>
/// The loaded faces a worksheet is drawn with. Load once per build and share: a
/// <see cref="PdfFont"/> is immutable and each document embeds only the glyphs it uses.
/// </summary>
public sealed class WorksheetFonts
{
    private WorksheetFonts(PdfFont regular, PdfFont? bold)
    {
        Regular = regular;
        Bold = bold;
    }

    /// <summary>Body text, labels and typed text.</summary>
    public PdfFont Regular { get; }

    /// <summary>Titles and headings; null draws them by stroking the regular face.</summary>
    public PdfFont? Bold { get; }

    /// <summary>Loads the files <see cref="FontLocator"/> found, or reports GUIDE046 and returns null.</summary>
    public static WorksheetFonts? Load(FontFiles files, DiagnosticBag diagnostics)
    {
        try
        {
            var regular = PdfFont.Load(files.Regular, files.FaceIndex);
            var bold = files.Bold is null ? null : PdfFont.Load(files.Bold);
            return new WorksheetFonts(regular, bold);
        }
        catch (FontLoadException e)
        {
            diagnostics.Add(Diagnostic.Error(e.Path, 0, 0, DiagnosticCodes.FontUnusable, e.Message));
            return null;
        }
    }

    /// <summary>Finds and loads a font in one step: <see cref="FontLocator.Locate"/> then <see cref="Load"/>.</summary>
    public static WorksheetFonts? Locate(string? explicitPath, string language, DiagnosticBag diagnostics, string origin = "--font", string? explicitBoldPath = null) =>
        new FontLocator().Locate(explicitPath, language, diagnostics, origin, explicitBoldPath) is { } files ? Load(files, diagnostics) : null;
}
