using System.Globalization;

namespace Guide.Pdf.Objects;

/// <summary>A PDF number (ISO 32000-1 §7.3.3), written without exponent and with invariant digits.</summary>
internal sealed class PdfNumber(double value) : PdfObject
{
    public double Value { get; } = value;

    public override void WriteTo(ByteSink sink) => sink.Ascii(Format(Value));

    /// <summary>
    /// PDF readers reject exponents and some choke on long fractions, so numbers are rounded to
    /// four decimals (1/10000 pt is far below any printer's resolution).
    /// </summary>
    public static string Format(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "PDF numbers must be finite.");
        }

        var rounded = Math.Round(value, 4, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            return "0";
        }

        return rounded.ToString("0.####", CultureInfo.InvariantCulture);
    }
}
