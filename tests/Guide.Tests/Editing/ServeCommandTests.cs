using System.Net;
using Guide.Tests.Support;

namespace Guide.Tests.Editing;

/// <summary><c>guide serve</c> as a process, the way an editor starts it.</summary>
public class ServeCommandTests
{
    private static readonly Dictionary<string, string> NoEnvironment = [];

    [Fact]
    public async Task Serve_prints_a_loopback_address_that_answers_with_the_site()
    {
        using var site = new FixtureSite(FixtureSite.Small());
        using var process = GuideProcess.Start(site.Root, NoEnvironment, "serve", "--port", "0", "--no-pdf");
        try
        {
            var url = await ServingLine(process);

            Assert.StartsWith("http://127.0.0.1:", url);
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var page = await http.GetAsync(new Uri(new Uri(url), "en/before/"));
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("/__guide/live-reload.js", await page.Content.ReadAsStringAsync());
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public void A_host_that_is_not_an_address_is_refused()
    {
        using var site = new FixtureSite(FixtureSite.Small());

        var run = GuideProcess.Run(site.Root, NoEnvironment, "serve", "--host", "everyone", "--no-pdf");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--host takes an IP address such as 127.0.0.1 or 0.0.0.0, not 'everyone'", run.Stderr);
    }

    /// <summary>The address from the "serving http://…/" line, read as the server prints it.</summary>
    private static async Task<string> ServingLine(System.Diagnostics.Process process)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await process.StandardOutput.ReadLineAsync(patience.Token) is { } line)
        {
            if (line.StartsWith("serving ", StringComparison.Ordinal))
            {
                return line.Split(' ')[1];
            }
        }
        throw new InvalidOperationException("guide serve ended without a 'serving' line: " + await process.StandardError.ReadToEndAsync());
    }
}
