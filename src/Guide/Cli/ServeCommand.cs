using System.CommandLine;
using System.Net;
using Guide.Building;
using Guide.Serving;

namespace Guide.Cli;

/// <summary>
/// <c>guide serve</c>: a preview on http://127.0.0.1:PORT/ that rebuilds on every save and reloads the
/// open pages. Only <c>--host</c> makes it reachable from other machines, and only when asked.
/// </summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input", "-i") { Description = "The content folder (holds site.yml).", DefaultValueFactory = _ => "input" };
        var worksheets = new Option<string?>("--worksheets") { Description = "The worksheet definitions (default: worksheets/ beside the input folder)." };
        var rehearsals = new Option<string?>("--rehearsals") { Description = "The rehearsal definitions (default: rehearsals/ beside the input folder)." };
        var port = new Option<int>("--port", "-p") { Description = "The port to listen on (0 picks a free one).", DefaultValueFactory = _ => 8000 };
        var host = new Option<string>("--host") { Description = "The address to listen on. The default keeps the preview on this computer; 0.0.0.0 shows it to your network.", DefaultValueFactory = _ => "127.0.0.1" };
        var font = new Option<string?>("--font") { Description = "A TrueType (.ttf/.ttc) CJK font for the PDFs." };
        var noPdf = new Option<bool>("--no-pdf") { Description = "Skip the worksheet PDFs (a save remakes only the PDFs it changed, so this mostly speeds up the first build)." };
        var command = new Command("serve", "Preview the guide in a browser; pages reload when a source file is saved.") { input, worksheets, rehearsals, port, host, font, noPdf };
        command.SetAction((parse, cancel) => Run(
            new ServeOptions(
                new BuildOptions(parse.GetValue(input)!, "output")
                {
                    WorksheetsDir = parse.GetValue(worksheets),
                    RehearsalsDir = parse.GetValue(rehearsals),
                    FontPath = parse.GetValue(font),
                    Worksheets = !parse.GetValue(noPdf),
                    ThemeAssetsDir = ThemeSource(parse.GetValue(input)!),
                },
                parse.GetValue(host)!,
                parse.GetValue(port)),
            cancel));
        return command;
    }

    public static async Task<int> Run(ServeOptions options, CancellationToken cancel)
    {
        if (options.Host != "localhost" && !IPAddress.TryParse(options.Host, out _))
        {
            Console.Error.WriteLine($"error: --host takes an IP address such as 127.0.0.1 or 0.0.0.0, not '{options.Host}'");
            return 1;
        }
        if (!Directory.Exists(options.Build.InputDir))
        {
            Console.Error.WriteLine($"error: {DisplayPath.Of(options.Build.InputDir)} does not exist; pass --input with the folder that holds site.yml");
            return 1;
        }
        var log = TextWriter.Synchronized(Console.Out);
        DevServer server;
        try
        {
            server = await DevServer.StartAsync(options, log);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"error: cannot listen on {options.Host}:{options.Port}: {e.Message}; pass --port with another number (0 picks a free one)");
            return 1;
        }
        await using (server)
        {
            log.WriteLine($"serving {server.Url} (Ctrl+C to stop)");
            log.WriteLine($"watching {string.Join(", ", server.Watched.Select(DisplayPath.Of))}");
            if (options.Host is not ("127.0.0.1" or "localhost" or "::1"))
            {
                log.WriteLine($"note: listening on {options.Host}, so other computers on the network can open this preview");
            }
            try
            {
                await Task.Delay(Timeout.Infinite, cancel);
            }
            catch (OperationCanceledException)
            {
                log.WriteLine("stopped");
            }
        }
        return 0;
    }

    /// <summary>The theme's source folder when the guide sits in its repository (input/ beside theme/), so theme edits show too.</summary>
    private static string? ThemeSource(string inputDir)
    {
        var repo = Path.GetDirectoryName(Path.GetFullPath(inputDir).TrimEnd(Path.DirectorySeparatorChar));
        var wwwroot = repo is null ? null : Path.Combine(repo, "theme", "wwwroot");
        return wwwroot is not null && Directory.Exists(wwwroot) ? wwwroot : null;
    }
}
