using System.Text.Json;

namespace Guide.Tests.Editing;

/// <summary>Reads Server-Sent Events one at a time, as a page's EventSource would.</summary>
public sealed class EventStream : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;
    private readonly CancellationTokenSource _patience = new(TimeSpan.FromSeconds(30));

    private EventStream(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    public sealed record Event(string Name, JsonElement Data);

    public static async Task<EventStream> OpenAsync(HttpClient http, Uri url)
    {
        var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        return new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    /// <summary>The next event, skipping keep-alive comments.</summary>
    public async Task<Event> NextAsync()
    {
        string? name = null;
        string? data = null;
        while (await _reader.ReadLineAsync(_patience.Token) is { } line)
        {
            if (line.Length == 0 && name is not null)
            {
                return new Event(name, JsonDocument.Parse(data ?? "{}").RootElement);
            }
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data = line["data: ".Length..];
            }
        }
        throw new EndOfStreamException("the event stream closed");
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        _patience.Dispose();
        return ValueTask.CompletedTask;
    }
}
