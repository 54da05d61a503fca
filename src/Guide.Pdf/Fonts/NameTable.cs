using System.Text;

namespace Guide.Pdf.Fonts;

/// <summary>
/// The names a face is known by, from the 'name' table: family (ID 1, or typographic family
/// ID 16), full name (ID 4) and PostScript name (ID 6). Windows (platform 3) and Unicode
/// (platform 0) records are UTF-16BE; Macintosh Roman records are read as Latin-1, which is
/// right for the ASCII names fonts use in practice. <see cref="All"/> keeps every language's
/// names too, so "微软雅黑" finds Microsoft YaHei.
/// </summary>
internal sealed record NameTable(string Family, string FullName, string PostScriptName, IReadOnlyList<string> All)
{
    public static NameTable Read(FontBytes? table)
    {
        if (table is not { } name)
        {
            return new NameTable("", "", "", []);
        }

        var found = new Dictionary<int, (int Rank, string Text)>();
        var all = new List<string>();
        var count = name.U16(2);
        var strings = name.U16(4);
        for (var i = 0; i < count; i++)
        {
            var record = 6 + 12 * i;
            var platform = name.U16(record);
            var language = name.U16(record + 4);
            var id = name.U16(record + 6);
            if (id is not (1 or 4 or 6 or 16))
            {
                continue;
            }

            var bytes = name.Slice(strings + name.U16(record + 10), name.U16(record + 8), "name string").Span;
            var text = platform == 1 ? Encoding.Latin1.GetString(bytes) : Encoding.BigEndianUnicode.GetString(bytes);

            if (text.Length > 0 && !all.Contains(text, StringComparer.Ordinal))
            {
                all.Add(text);
            }

            // English names first (Windows 0x0409, Mac 0) so a Chinese font is matched by "Microsoft YaHei".
            var rank = (platform, language) switch { (3, 0x0409) => 0, (1, 0) => 1, (0, _) => 2, (3, _) => 3, _ => 4 };
            if (!found.TryGetValue(id, out var existing) || rank < existing.Rank)
            {
                found[id] = (rank, text);
            }
        }

        string Get(int id) => found.TryGetValue(id, out var v) ? v.Text : "";
        var family = Get(16) is { Length: > 0 } typographic ? typographic : Get(1);
        return new NameTable(family, Get(4), Get(6), all);
    }
}
