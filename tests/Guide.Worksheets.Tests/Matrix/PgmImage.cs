using System.Globalization;
using System.Text;

namespace Guide.Worksheets.Tests.Matrix;

/// <summary>An 8-bit grey image as every engine here writes it (binary PGM, P5); 0 is black.</summary>
public sealed class PgmImage
{
    private readonly byte[] _pixels;

    private PgmImage(int width, int height, byte[] pixels)
    {
        Width = width;
        Height = height;
        _pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Pixels darker than <paramref name="threshold"/> inside a rectangle given in points (top-left origin) at <paramref name="dpi"/>.</summary>
    public int Ink(double x0, double y0, double x1, double y1, int dpi, int threshold = 160)
    {
        var scale = dpi / 72.0;
        var left = Math.Max(0, (int)Math.Floor(x0 * scale));
        var top = Math.Max(0, (int)Math.Floor(y0 * scale));
        var right = Math.Min(Width, (int)Math.Ceiling(x1 * scale));
        var bottom = Math.Min(Height, (int)Math.Ceiling(y1 * scale));
        var count = 0;
        for (var y = top; y < bottom; y++)
        {
            for (var x = left; x < right; x++)
            {
                count += _pixels[y * Width + x] < threshold ? 1 : 0;
            }
        }

        return count;
    }

    public static PgmImage Read(string path)
    {
        var data = File.ReadAllBytes(path);
        var at = 0;
        string Token()
        {
            while (char.IsWhiteSpace((char)data[at]) || data[at] == '#')
            {
                if (data[at] == '#')
                {
                    while (data[at] != '\n')
                    {
                        at++;
                    }
                }

                at++;
            }

            var start = at;
            while (!char.IsWhiteSpace((char)data[at]))
            {
                at++;
            }

            return Encoding.ASCII.GetString(data, start, at - start);
        }

        if (Token() != "P5")
        {
            throw new InvalidDataException($"{path} is not a binary PGM");
        }

        var width = int.Parse(Token(), CultureInfo.InvariantCulture);
        var height = int.Parse(Token(), CultureInfo.InvariantCulture);
        Token(); // maximum value, 255
        at++; // the single whitespace before the pixels
        return new PgmImage(width, height, data[at..(at + width * height)]);
    }
}
