using System.Buffers.Binary;

namespace Guide.Pdf.Tests.Support;

/// <summary>
/// Packs plain .ttf files into a TrueType Collection: a 'ttcf' header (version 1.0, numFonts,
/// one offset per face), then each font with its table offsets moved to count from the start
/// of the collection, as the TTC format requires.
/// </summary>
internal static class CollectionBuilder
{
    public static byte[] Build(IReadOnlyList<byte[]> fonts)
    {
        var headerLength = 12 + 4 * fonts.Count;
        var total = headerLength + fonts.Sum(f => f.Length + 3);
        var collection = new byte[total];
        "ttcf"u8.CopyTo(collection);
        BinaryPrimitives.WriteUInt32BigEndian(collection.AsSpan(4), 0x00010000);
        BinaryPrimitives.WriteUInt32BigEndian(collection.AsSpan(8), (uint)fonts.Count);

        var at = headerLength;
        for (var i = 0; i < fonts.Count; i++)
        {
            at = (at + 3) & ~3;
            BinaryPrimitives.WriteUInt32BigEndian(collection.AsSpan(12 + 4 * i), (uint)at);
            fonts[i].CopyTo(collection, at);
            var tables = BinaryPrimitives.ReadUInt16BigEndian(fonts[i].AsSpan(4));
            for (var t = 0; t < tables; t++)
            {
                var record = at + 12 + 16 * t + 8;
                var offset = BinaryPrimitives.ReadUInt32BigEndian(collection.AsSpan(record));
                BinaryPrimitives.WriteUInt32BigEndian(collection.AsSpan(record), offset + (uint)at);
            }

            at += fonts[i].Length;
        }

        return collection[..at];
    }
}
