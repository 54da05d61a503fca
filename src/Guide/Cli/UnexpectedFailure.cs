namespace Guide.Cli;

/// <summary>
/// Where anything nobody expected ends up: one line naming the file being worked on, and exit code 2
/// (1 means "your input has problems"). Every problem in an input is a <see cref="Diagnostic"/> long
/// before this; reaching here is a bug in the generator, and a stack trace would only hide the file.
/// </summary>
public static class UnexpectedFailure
{
    public const int ExitCode = 2;

    public static int Report(Exception e, TextWriter error)
    {
        var (path, cause) = FileProcessingException.Explain(e);
        var what = $"{cause.GetType().Name}: {cause.Message}".ReplaceLineEndings(" ");
        var where = path is null ? "" : $"{path}:1:1: ";
        error.WriteLine($"{where}error {DiagnosticCodes.Unexpected}: the generator failed unexpectedly{(path is null ? "" : " while working on this file")} ({what}); " +
            "this is a bug in the generator, not a mistake in your files: please report it with this line");
        return ExitCode;
    }
}
