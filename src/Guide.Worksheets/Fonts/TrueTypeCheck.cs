using System.Buffers.Binary;
using Guide.Pdf;

namespace Guide.Worksheets;

/// <summary>
/// Cheap checks on a font file before it is used: the PDF writer embeds TrueType outlines
/// (glyf) only, so OpenType/CFF fonts, which fc-match happily returns, are turned away here.
/// </summary>
internal static class TrueTypeCheck
{
    private const uint TrueTypeVersion = 0x00010000;

    public static bool IsTrueType(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            Span<byte> head = stackalloc byte[16];
            if (stream.Read(head) < 16)
            {
                return false;
            }

            var tag = BinaryPrimitives.ReadUInt32BigEndian(head);
            if (tag == BinaryPrimitives.ReadUInt32BigEndian("ttcf"u8))
            {
                // A collection: look at the first face's own header.
                stream.Position = BinaryPrimitives.ReadUInt32BigEndian(head[12..]);
                if (stream.Read(head[..4]) < 4)
                {
                    return false;
                }

                tag = BinaryPrimitives.ReadUInt32BigEndian(head);
            }

            return tag == TrueTypeVersion || tag == BinaryPrimitives.ReadUInt32BigEndian("true"u8);
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>True when the face draws common Chinese; a Latin-only fallback from fc-match does not.</summary>
    public static bool HasChinese(string path, int faceIndex)
    {
        try
        {
            var font = PdfFont.Load(path, faceIndex);
            return font.MissingCharacters("中文表格").Length == 0;
        }
        catch (FontLoadException)
        {
            return false;
        }
    }

}
