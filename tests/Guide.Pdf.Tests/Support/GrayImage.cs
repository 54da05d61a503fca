using System.Text;

namespace Guide.Pdf.Tests.Support;

/// <summary>A binary PGM (P5) image as pdftoppm -gray writes it; 0 is black, 255 white.</summary>
internal sealed record GrayImage(int Width, int Height, byte[] Pixels)
{
    public byte this[int x, int y] => Pixels[y * Width + x];

    /// <summary>How many pixels in the rectangle are darker than mid grey.</summary>
    public int DarkPixels(int x, int y, int width, int height)
    {
        var count = 0;
        for (var row = Math.Max(0, y); row < Math.Min(Height, y + height); row++)
        {
            for (var column = Math.Max(0, x); column < Math.Min(Width, x + width); column++)
            {
                count += this[column, row] < 128 ? 1 : 0;
            }
        }

        return count;
    }

    public static GrayImage ReadPgm(string path)
    {
        var data = File.ReadAllBytes(path);
        var at = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)data[at]))
            {
                at++;
            }

            var start = at;
            while (!char.IsWhiteSpace((char)data[at]))
            {
                at++;
            }

            return Encoding.ASCII.GetString(data, start, at - start);
        }

        Assert.Equal("P5", Token());
        var width = int.Parse(Token(), System.Globalization.CultureInfo.InvariantCulture);
        var height = int.Parse(Token(), System.Globalization.CultureInfo.InvariantCulture);
        Token(); // max value, 255
        at++; // the single whitespace before the pixels
        return new GrayImage(width, height, data[at..(at + width * height)]);
    }
}
