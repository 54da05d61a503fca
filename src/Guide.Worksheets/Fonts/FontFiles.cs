namespace Guide.Worksheets;

/// <summary>
/// The font files a worksheet PDF is drawn with, as found by <see cref="FontLocator"/>.
/// </summary>
/// <param name="Regular">A TrueType (.ttf, or .ttc with <paramref name="FaceIndex"/>) font with Chinese glyphs.</param>
/// <param name="Bold">Its bold face, or null to embolden headings by stroking the regular face.</param>
/// <param name="FaceIndex">The face within a .ttc collection; 0 for a .ttf.</param>
/// <param name="Source">Where it came from, for the build log ("--font", "cache", "system").</param>
public sealed record FontFiles(string Regular, string? Bold, int FaceIndex, string Source);
