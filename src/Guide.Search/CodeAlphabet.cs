using System.Text;

namespace Guide.Search;

/// <summary>
/// The 93 characters that stand for digits in the index's coded strings: printable ASCII without
/// <c>"</c> and <c>\</c>, so a coded string needs no escape inside a JavaScript string literal and
/// costs one byte a digit. The client in <c>theme/wwwroot/js/search.js</c> reads the same alphabet.
/// </summary>
internal static class CodeAlphabet
{
    public const int Size = 93;

    // Digits below this end a number written by AppendNumber.
    private const int Final = 46;

    private static readonly char[] Digits = [.. Enumerable.Range(0x20, 0x7F - 0x20).Select(c => (char)c).Where(c => c is not '"' and not '\\')];

    public static char Digit(int value) => Digits[value];

    /// <summary>
    /// Writes a non-negative number in as few digits as it needs, least significant first: a digit
    /// below 46 ends the number; a digit d from 46 up stands for d − 46 and says another follows,
    /// worth 47 times as much.
    /// </summary>
    public static void AppendNumber(StringBuilder sb, int value)
    {
        while (value >= Final)
        {
            sb.Append(Digits[Final + value % (Size - Final)]);
            value /= Size - Final;
        }
        sb.Append(Digits[value]);
    }

    /// <summary>Writes <paramref name="value"/> in base 93 with exactly <paramref name="width"/> digits, most significant first.</summary>
    public static void Append(StringBuilder sb, int value, int width)
    {
        for (var place = width - 1; place >= 0; place--)
        {
            var unit = 1;
            for (var k = 0; k < place; k++)
            {
                unit *= Size;
            }
            sb.Append(Digits[value / unit % Size]);
        }
    }
}
