using System.Text.RegularExpressions;
using Guide.Tests.Editing;

namespace Guide.Tests.Native;

/// <summary>
/// The native executable (docs/hosting.md, "A native build") against the one `dotnet run` starts: a
/// trimmed build without reflection-based JSON or a JIT must write the same site, fail the same way and
/// serve the same events. Anything it trimmed that Razor or the JSON needed would show here.
/// </summary>
public sealed class NativeBuildTests(NativeGuide native) : IClassFixture<NativeGuide>
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_real_guide_built_natively_is_the_same_byte_for_byte_pdfs_included(bool portable)
    {
        Requires.Font();
        using var folders = new FixtureSite(new Dictionary<string, string>());
        string[] options = portable ? ["--portable"] : [];
        var nativeOut = Path.Combine(folders.Root, "native");
        var dotnetOut = Path.Combine(folders.Root, "dotnet");

        var nativeRun = native.Run(Repo.Root, ["build", "--output", nativeOut, .. options]);
        var dotnetRun = Processes.Guide(Repo.Root, ["build", "--output", dotnetOut, .. options]);

        Assert.True(nativeRun.ExitCode == 0, nativeRun.Stderr);
        Assert.True(dotnetRun.ExitCode == 0, dotnetRun.Stderr);
        var files = FilesOf(nativeOut);
        Assert.Equal(FilesOf(dotnetOut), files);
        Assert.Contains(files, f => f.EndsWith(".pdf", StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => !File.ReadAllBytes(Path.Combine(nativeOut, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(dotnetOut, f))));
    }

    [Theory]
    [InlineData("build", "--no-pdf")]
    [InlineData("check")]
    public void A_broken_site_fails_natively_with_the_same_problems(params string[] command)
    {
        using var site = new FixtureSite(FixtureSite.Small());
        site.Write("input/en/index.md", "---\ntitle: Home\n---\n\nRead [the plan](plan.md).\n");
        site.Write("input/zh-CN/index.md", "---\ntitle: 首页\n---\n\n请读[准备](before/index.md#没有这一节)。\n");

        var nativeRun = native.Run(site.Root, command);
        var dotnetRun = Processes.Guide(site.Root, command);

        Assert.Equal(1, nativeRun.ExitCode);
        Assert.Equal(dotnetRun.ExitCode, nativeRun.ExitCode);
        Assert.Contains("input/en/index.md:5:6: error GUIDE005: the page 'plan.md' does not exist", nativeRun.Stdout + nativeRun.Stderr);
        Assert.Contains("input/zh-CN/index.md:5:", nativeRun.Stdout + nativeRun.Stderr);
        Assert.Equal((Untimed(dotnetRun.Stdout), dotnetRun.Stderr), (Untimed(nativeRun.Stdout), nativeRun.Stderr));
    }

    [Fact]
    public async Task Serve_natively_reports_a_broken_page_to_open_pages_then_reloads_them_when_it_is_fixed()
    {
        using var site = new FixtureSite(FixtureSite.Small());
        site.Write("input/en/index.md", "---\ntitle: Home\n---\n\nRead [the plan](plan.md).\n");
        var serving = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var stop = new CancellationTokenSource();
        var command = native.Command(site.Root, "serve", "--port", "0", "--no-pdf")
            | CliWrap.PipeTarget.ToDelegate(line =>
            {
                if (line.StartsWith("serving ", StringComparison.Ordinal))
                {
                    serving.TrySetResult(new Uri(line.Split(' ')[1]));
                }
            });
        var running = command.ExecuteAsync(stop.Token);
        try
        {
            var url = await serving.Task.WaitAsync(TimeSpan.FromSeconds(60));
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            await using var events = await EventStream.OpenAsync(http, new Uri(url, "__guide/events"));

            var hello = await events.NextAsync();
            var failed = await events.NextAsync();
            site.Write("input/en/index.md", "---\ntitle: Home\n---\n\nRead the plan.\n");
            var reload = await events.NextAsync();

            Assert.Equal(("hello", 0), (hello.Name, hello.Data.GetProperty("version").GetInt32()));
            Assert.Equal("failed", failed.Name);
            var problem = Assert.Single(failed.Data.GetProperty("problems").EnumerateArray());
            Assert.Equal("GUIDE005", problem.GetProperty("code").GetString());
            Assert.Equal("error", problem.GetProperty("severity").GetString());
            Assert.Equal(5, problem.GetProperty("line").GetInt32());
            Assert.Equal("reload", reload.Name);
            Assert.Equal(1, reload.Data.GetProperty("version").GetInt32());
            Assert.Contains("Read the plan.", await http.GetStringAsync(new Uri(url, "en/")));
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
                // Stopped as an editor stops it.
            }
        }
    }

    /// <summary>The output without the time a run took ("in 4 pages (7 ms)"), the one thing that may differ.</summary>
    private static string Untimed(string output) => Regex.Replace(output, @"\(\d+ ms\)", "(… ms)");

    private static List<string> FilesOf(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)];
}
