namespace Guide.Search;

/// <summary>
/// The scale on which a term's weight in a page is stored: 60 levels, each 10 % above the one below,
/// the top one the largest weight a term can have. A level is rounded up, so the weight read back
/// is never below the true one and a page's bound stays a bound.
/// </summary>
internal sealed class BoundScale
{
    public const int Levels = 60;
    public const double Ratio = 1.1;

    // A margin for the last bit of difference between .NET's Math.Pow and JavaScript's Math.pow.
    private const double Slack = 1e-9;

    // Each level's weight, worked out once: LevelOf runs for every term of every page.
    private readonly double[] _weights;

    private BoundScale(double lowest)
    {
        Lowest = lowest;
        _weights = [.. Enumerable.Range(0, Levels).Select(Weight)];
    }

    /// <summary>The weight of level 0.</summary>
    public double Lowest { get; }

    public static BoundScale For(double maxWeight) => new(maxWeight * (1 + Slack) / Math.Pow(Ratio, Levels - 1));

    public double Weight(int level) => Lowest * Math.Pow(Ratio, level);

    /// <summary>The lowest level whose weight is at least <paramref name="weight"/>.</summary>
    public int LevelOf(double weight)
    {
        var level = weight <= Lowest ? 0 : Math.Clamp((int)Math.Ceiling(Math.Log(weight / Lowest) / Math.Log(Ratio)) - 1, 0, Levels - 1);
        while (level < Levels - 1 && _weights[level] < weight * (1 + Slack))
        {
            level++;
        }
        return level;
    }
}
