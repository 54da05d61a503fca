namespace Guide.Building;

/// <summary>Hears about the phases of a build as they start, so a terminal can show progress.</summary>
public interface IBuildProgress
{
    void Phase(string name);
}

/// <summary>For callers that do not show progress (tests, the dev server).</summary>
public sealed class NoProgress : IBuildProgress
{
    public static readonly NoProgress Instance = new();

    public void Phase(string name)
    {
    }
}
