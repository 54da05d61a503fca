using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Guide.Pdf.Fonts;

/// <summary>
/// The six-letter prefix of a subset font's name (ISO 32000-1 §9.6.4, e.g. "EOODIA+NotoSansSC").
/// Derived from a hash of the font name and its glyph list, so the same glyphs give the same tag
/// on every build while different subsets of one font are told apart.
/// </summary>
internal static class SubsetTag
{
    public static string For(string fontName, IReadOnlyList<ushort> glyphs)
    {
        var input = new byte[Encoding.UTF8.GetByteCount(fontName) + 2 * glyphs.Count];
        var at = Encoding.UTF8.GetBytes(fontName, input);
        foreach (var glyph in glyphs)
        {
            BinaryPrimitives.WriteUInt16BigEndian(input.AsSpan(at), glyph);
            at += 2;
        }

        var hash = SHA256.HashData(input);
        return string.Create(6, hash, static (tag, h) =>
        {
            for (var i = 0; i < tag.Length; i++)
            {
                tag[i] = (char)('A' + h[i] % 26);
            }
        });
    }
}
