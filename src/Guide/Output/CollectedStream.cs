namespace Guide.Output;

/// <summary>A file written in pieces into memory, handed over whole when the writer disposes it.</summary>
public sealed class CollectedStream(Action<byte[]> complete) : MemoryStream
{
    private bool _completed;

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_completed)
        {
            _completed = true;
            complete(ToArray());
        }
        base.Dispose(disposing);
    }
}
