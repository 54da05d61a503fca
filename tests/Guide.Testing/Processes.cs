using System.Text;
using CliWrap;
using CliWrap.Buffered;

namespace Guide.Testing;

/// <summary>A program's file, named apart from a working folder so the two cannot be swapped by mistake.</summary>
public sealed record Executable(string Path);

/// <summary>What a finished process said, and its exit code.</summary>
public sealed record ProcessRun(int ExitCode, string Stdout, string Stderr);

/// <summary>
/// The one way the tests run a program (the real <c>guide</c>, qpdf, poppler, node, git): through CliWrap,
/// with its output read as UTF-8, a deadline that only stops a hung program from hanging the run, and no
/// exception for a non-zero exit (the tests read the code).
/// </summary>
public static class Processes
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    public static ProcessRun Run(string program, IEnumerable<string> arguments, string? workingDir = null,
        IReadOnlyDictionary<string, string?>? environment = null, string? input = null) =>
        RunAsync(program, arguments, workingDir, environment, input).GetAwaiter().GetResult();

    public static async Task<ProcessRun> RunAsync(string program, IEnumerable<string> arguments, string? workingDir = null,
        IReadOnlyDictionary<string, string?>? environment = null, string? input = null, CancellationToken cancel = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        deadline.CancelAfter(Patience);
        var command = Command(program, arguments, workingDir, environment);
        if (input is not null)
        {
            command = command.WithStandardInputPipe(PipeSource.FromString(input, new UTF8Encoding(false)));
        }
        try
        {
            var result = await command.ExecuteBufferedAsync(Encoding.UTF8, deadline.Token);
            return new ProcessRun(result.ExitCode, result.StandardOutput, result.StandardError);
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish in {Patience.TotalMinutes} minutes");
        }
    }

    /// <summary>A command ready to run, for the tests that stream its output (a running <c>guide serve</c>).</summary>
    public static Command Command(string program, IEnumerable<string> arguments, string? workingDir = null, IReadOnlyDictionary<string, string?>? environment = null) =>
        CliWrap.Cli.Wrap(program)
            .WithArguments(arguments)
            .WithWorkingDirectory(workingDir ?? Directory.GetCurrentDirectory())
            .WithEnvironmentVariables(environment ?? new Dictionary<string, string?>())
            .WithValidation(CommandResultValidation.None);

    /// <summary>
    /// The real <c>guide</c> command as an editor or CI runs it: <c>dotnet guide.dll</c> beside the test
    /// assembly, with <c>CI=true</c> (plain progress lines) and without GitHub's annotations unless asked.
    /// </summary>
    public static ProcessRun Guide(string workingDir, params string[] arguments) => Guide(workingDir, null, arguments);

    public static ProcessRun Guide(string workingDir, IReadOnlyDictionary<string, string?>? environment, params string[] arguments) =>
        Run("dotnet", [GuideDll, .. arguments], workingDir, GuideEnvironment(environment));

    /// <summary>The same, to stream its output or stop it.</summary>
    public static Command GuideCommand(string workingDir, IReadOnlyDictionary<string, string?>? environment, params string[] arguments) =>
        Command("dotnet", [GuideDll, .. arguments], workingDir, GuideEnvironment(environment));

    /// <summary>A published <c>guide</c> executable (the native build), run with the same environment.</summary>
    public static ProcessRun Guide(Executable guide, string workingDir, params string[] arguments) =>
        Run(guide.Path, arguments, workingDir, GuideEnvironment(null));

    /// <summary>The same, to stream its output or stop it.</summary>
    public static Command GuideCommand(Executable guide, string workingDir, params string[] arguments) =>
        Command(guide.Path, arguments, workingDir, GuideEnvironment(null));

    public static string GuideDll => Path.Combine(AppContext.BaseDirectory, "guide.dll");

    private static Dictionary<string, string?> GuideEnvironment(IReadOnlyDictionary<string, string?>? extra)
    {
        var environment = new Dictionary<string, string?> { ["CI"] = "true", ["GITHUB_ACTIONS"] = null };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            environment[key] = value;
        }
        return environment;
    }
}
