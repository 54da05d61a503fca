using System.Net;

namespace Guide.Tests.Editing;

/// <summary><c>guide serve</c> as a process, the way an editor starts it.</summary>
public class ServeCommandTests
{
    [Fact]
    public async Task Serve_prints_a_loopback_address_that_answers_with_the_site()
    {
        using var site = new FixtureSite(FixtureSite.Small());
        var serving = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var stop = new CancellationTokenSource();
        var command = Processes.GuideCommand(site.Root, null, "serve", "--port", "0", "--no-pdf")
            | CliWrap.PipeTarget.ToDelegate(line =>
            {
                if (line.StartsWith("serving ", StringComparison.Ordinal))
                {
                    serving.TrySetResult(line.Split(' ')[1]);
                }
            });
        var running = command.ExecuteAsync(stop.Token);
        try
        {
            var url = await serving.Task.WaitAsync(TimeSpan.FromSeconds(60));

            Assert.StartsWith("http://127.0.0.1:", url);
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var page = await http.GetAsync(new Uri(new Uri(url), "en/before/"));
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("/__guide/live-reload.js", await page.Content.ReadAsStringAsync());
        }
        finally
        {
            await stop.CancelAsync();
            try
            {
                await running;
            }
            catch (OperationCanceledException)
            {
                // The server was stopped as an editor stops it.
            }
        }
    }

    [Fact]
    public void A_host_that_is_not_an_address_is_refused()
    {
        using var site = new FixtureSite(FixtureSite.Small());

        var run = Processes.Guide(site.Root, "serve", "--host", "everyone", "--no-pdf");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--host takes an IP address such as 127.0.0.1 or 0.0.0.0, not 'everyone'", run.Stderr);
    }
}
