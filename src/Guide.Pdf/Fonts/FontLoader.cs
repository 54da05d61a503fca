namespace Guide.Pdf.Fonts;

/// <summary>
/// Reads a font file and turns every way it can fail into a <see cref="FontLoadException"/>
/// with a message a person can act on.
/// </summary>
internal static class FontLoader
{
    public static PdfFont Load(string path, Func<FontBytes, int> pickFace, Func<string, TrueTypeFace, PdfFont> create)
    {
        byte[] data;
        try
        {
            data = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new FontLoadException(path, FontProblem.NotFound, $"cannot read the font file ({e.Message.TrimEnd('.')}). Check the path, or pass another font.", e);
        }

        try
        {
            var file = new FontBytes(data);
            var directory = SfntDirectory.Read(file, pickFace(file));
            if (directory.Version == "OTTO" || directory.Has("CFF ") || directory.Has("CFF2") || !directory.Has("glyf"))
            {
                throw new FontLoadException(path, FontProblem.NotTrueType,
                    "this is a CFF-based OpenType font (PostScript outlines, no 'glyf' table); the PDF writer embeds TrueType outlines only. " +
                    PdfFont.TrueTypeAlternatives);
            }

            return create(path, new TrueTypeFace(directory));
        }
        catch (FontFormatException e)
        {
            throw new FontLoadException(path, e.Problem, e.Message + ".", e);
        }
        catch (OverflowException e)
        {
            throw new FontLoadException(path, FontProblem.Corrupt, "a table offset or length is out of range; the file is truncated or corrupt.", e);
        }
    }

    /// <summary>The index of the face named <paramref name="faceName"/>, looking only at each face's 'name' table.</summary>
    public static int FindFace(string path, FontBytes file, string faceName)
    {
        var count = SfntDirectory.FaceCount(file);
        var seen = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var names = NameTable.Read(SfntDirectory.Read(file, i).TryTable("name"));
            if (names.All.Any(n => string.Equals(n, faceName, StringComparison.OrdinalIgnoreCase)))
            {
                return i;
            }

            seen.Add(names.FullName.Length > 0 ? names.FullName : names.PostScriptName);
        }

        throw new FontLoadException(path, FontProblem.FaceNotFound,
            $"no face named '{faceName}'; the file holds: {string.Join(", ", seen.Select((n, i) => $"{i}: {n}"))}.");
    }
}
