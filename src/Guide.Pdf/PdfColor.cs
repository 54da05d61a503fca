namespace Guide.Pdf;

/// <summary>An RGB colour with components from 0 to 1 (DeviceRGB, ISO 32000-1 §8.6.4.3).</summary>
public sealed record PdfColor
{
    /// <summary>Creates a colour; each component must lie in 0..1.</summary>
    public PdfColor(double R, double G, double B)
    {
        this.R = Check(R, nameof(R));
        this.G = Check(G, nameof(G));
        this.B = Check(B, nameof(B));
    }

    /// <summary>Red, 0..1.</summary>
    public double R { get; }

    /// <summary>Green, 0..1.</summary>
    public double G { get; }

    /// <summary>Blue, 0..1.</summary>
    public double B { get; }

    /// <summary>Black.</summary>
    public static PdfColor Black { get; } = new(0, 0, 0);

    /// <summary>White.</summary>
    public static PdfColor White { get; } = new(1, 1, 1);

    /// <summary>A mid grey (0.5), for borders that print but do not shout.</summary>
    public static PdfColor MidGray { get; } = Gray(0.5);

    /// <summary>A light grey (0.85), for rules and table lines.</summary>
    public static PdfColor LightGray { get; } = Gray(0.85);

    /// <summary>A very light grey (0.95), for field and table-header backgrounds.</summary>
    public static PdfColor Tint { get; } = Gray(0.95);

    /// <summary>A grey; 0 is black, 1 is white.</summary>
    public static PdfColor Gray(double level) => new(level, level, level);

    private static double Check(double value, string name) =>
        value is >= 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(name, value, "Colour components lie between 0 and 1.");
}
