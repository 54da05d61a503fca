using System.Text;

namespace Guide.Output;

/// <summary>
/// Where a build puts its files as it makes them. <c>guide build</c> streams them into a staging folder
/// (<see cref="StagedOutput"/>), so a site of any size never has to fit in memory; the dev server and the
/// tests keep them in memory (<see cref="OutputFiles"/>). Safe to use from the parallel parts of a build.
/// </summary>
public interface IOutputSink
{
    void Add(string path, byte[] content);

    void Add(string path, string text) => Add(path, Encoding.UTF8.GetBytes(text));

    /// <summary>A file written in pieces, for one too large to hold whole (a print edition of thousands of pages); complete when the stream is disposed.</summary>
    Stream Open(string path);

    bool Contains(string path);

    /// <summary>How many files were added.</summary>
    int Count { get; }
}
