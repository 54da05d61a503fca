namespace Guide.Pdf.Objects;

/// <summary>The base of the small PDF object model (ISO 32000-1 §7.3): every value knows how to write itself.</summary>
internal abstract class PdfObject
{
    public abstract void WriteTo(ByteSink sink);

    public static implicit operator PdfObject(double value) => new PdfNumber(value);

    public static implicit operator PdfObject(bool value) => value ? PdfBoolean.True : PdfBoolean.False;
}

/// <summary>A PDF boolean (§7.3.2).</summary>
internal sealed class PdfBoolean : PdfObject
{
    public static readonly PdfBoolean True = new(true);
    public static readonly PdfBoolean False = new(false);

    private readonly bool _value;

    private PdfBoolean(bool value) => _value = value;

    public override void WriteTo(ByteSink sink) => sink.Ascii(_value ? "true" : "false");
}

/// <summary>An indirect reference <c>n 0 R</c> (§7.3.10). Only the object table hands these out.</summary>
internal sealed class PdfReference : PdfObject
{
    internal PdfReference(int number) => Number = number;

    public int Number { get; }

    public override void WriteTo(ByteSink sink) => sink.Ascii(Number.ToString(System.Globalization.CultureInfo.InvariantCulture)).Ascii(" 0 R");
}
