namespace Guide.Pdf.Fonts;

/// <summary>
/// The table directory of one face: a plain .ttf/.otf, or one face of a .ttc collection whose
/// header ('ttcf', version, numFonts, then one uint32 offset per face) points at it. Table
/// offsets are from the start of the file in both cases (OpenType spec, "Font Collections").
/// </summary>
internal sealed class SfntDirectory
{
    private readonly Dictionary<string, (int Offset, int Length)> _tables;

    private SfntDirectory(FontBytes file, string version, Dictionary<string, (int, int)> tables)
    {
        File = file;
        Version = version;
        _tables = tables;
    }

    public FontBytes File { get; }

    /// <summary>The sfnt version tag: "\0\u0001\0\0" or "true" for TrueType, "OTTO" for CFF.</summary>
    public string Version { get; }

    public bool Has(string tag) => _tables.ContainsKey(tag);

    public IEnumerable<string> Tags => _tables.Keys.Order(StringComparer.Ordinal);

    public FontBytes Table(string tag) =>
        TryTable(tag) ?? throw new FontFormatException($"the required '{tag.Trim()}' table is missing");

    public FontBytes? TryTable(string tag) =>
        _tables.TryGetValue(tag, out var entry) ? File.Slice(entry.Offset, entry.Length, $"'{tag.Trim()}' table") : null;

    /// <summary>How many faces the file holds: 1 for a plain font, numFonts for a collection.</summary>
    public static int FaceCount(FontBytes file) => file.Tag(0) == "ttcf" ? checked((int)file.U32(8)) : 1;

    public static SfntDirectory Read(FontBytes file, int faceIndex)
    {
        var faces = FaceCount(file);
        if (faceIndex < 0 || faceIndex >= faces)
        {
            throw new FontFormatException($"face index {faceIndex} is out of range; the file holds {faces} face(s)", FontProblem.FaceNotFound);
        }

        var at = file.Tag(0) == "ttcf" ? checked((int)file.U32(12 + 4 * faceIndex)) : 0;
        var version = file.Tag(at);
        if (version is not ("\0\u0001\0\0" or "true" or "OTTO"))
        {
            throw new FontFormatException("this is not a TrueType or OpenType font (unknown sfnt version)");
        }

        var count = file.U16(at + 4);
        var tables = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = at + 12 + 16 * i;
            var offset = checked((int)file.U32(record + 8));
            var length = checked((int)file.U32(record + 12));
            file.Slice(offset, length, $"table '{file.Tag(record).Trim()}'");
            tables[file.Tag(record)] = (offset, length);
        }

        return new SfntDirectory(file, version, tables);
    }
}
