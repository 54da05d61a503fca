using System.Globalization;
using System.Text;

namespace Guide.Pdf.Fonts;

/// <summary>
/// The /ToUnicode CMap (ISO 32000-1 §9.10.3) that maps each two-byte CID back to its character,
/// so copying and searching in a reader give the text that was drawn. Each CID maps to the
/// first character that used it; bfchar blocks hold at most 100 entries, as the CMap syntax requires.
/// </summary>
internal static class ToUnicodeCMap
{
    public static byte[] Write(IEnumerable<(int CodePoint, ushort Cid)> characters)
    {
        var entries = characters.DistinctBy(c => c.Cid).OrderBy(c => c.Cid).ToList();
        var cmap = new StringBuilder();
        cmap.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
            .Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");

        foreach (var block in entries.Chunk(100))
        {
            cmap.Append(block.Length.ToString(CultureInfo.InvariantCulture)).Append(" beginbfchar\n");
            foreach (var (codePoint, cid) in block)
            {
                cmap.Append('<').Append(cid.ToString("X4", CultureInfo.InvariantCulture)).Append("> <")
                    .Append(Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(char.ConvertFromUtf32(codePoint))))
                    .Append(">\n");
            }

            cmap.Append("endbfchar\n");
        }

        cmap.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return Encoding.ASCII.GetBytes(cmap.ToString());
    }
}
