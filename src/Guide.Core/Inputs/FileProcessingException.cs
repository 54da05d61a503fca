namespace Guide;

/// <summary>
/// Something unexpected failed while one input file was being worked on. Carries the file's path to the
/// top-level handler, which prints it in one line instead of a stack trace.
/// </summary>
public sealed class FileProcessingException(string path, Exception inner)
    : Exception($"{inner.GetType().Name}: {inner.Message}", inner)
{
    public string Path { get; } = path;

    /// <summary>Runs <paramref name="work"/>, tagging anything it throws with <paramref name="path"/> (unless a deeper step already did).</summary>
    public static T About<T>(string path, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (Exception e) when (e is not (FileProcessingException or OperationCanceledException))
        {
            throw new FileProcessingException(path, e);
        }
    }

    /// <summary>The file being worked on when <paramref name="e"/> happened (when known), and the failure itself without its wrappers.</summary>
    public static (string? Path, Exception Cause) Explain(Exception e)
    {
        var tagged = Find(e);
        return (tagged?.Path, Innermost(tagged?.InnerException ?? e));
    }

    private static Exception Innermost(Exception e) => e switch
    {
        AggregateException { InnerExceptions: [var first, ..] } => Innermost(first),
        System.Reflection.TargetInvocationException { InnerException: { } inner } => Innermost(inner),
        _ => e,
    };

    /// <summary>The innermost tagged failure inside <paramref name="e"/> (parallel loops wrap it in AggregateExceptions), or null.</summary>
    public static FileProcessingException? Find(Exception e) => e switch
    {
        FileProcessingException f => f,
        AggregateException a => a.InnerExceptions.Select(Find).FirstOrDefault(f => f is not null),
        { InnerException: { } inner } => Find(inner),
        _ => null,
    };
}
