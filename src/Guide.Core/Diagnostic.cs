namespace Guide;

/// <summary>How bad a <see cref="Diagnostic"/> is. Errors stop a build; warnings do not.</summary>
public enum Severity
{
    Warning,
    Error,
}

/// <summary>
/// One problem found in an input file, reported in the compiler form
/// <c>path:line:col: error CODE: message</c> so editors and CI annotations can jump to it.
/// Line and column are 1-based; 0 means "the whole file".
/// </summary>
public sealed record Diagnostic(string Path, int Line, int Column, Severity Severity, string Code, string Message)
{
    public static Diagnostic Error(string path, int line, int column, string code, string message) =>
        new(path, line, column, Severity.Error, code, message);

    public static Diagnostic Warning(string path, int line, int column, string code, string message) =>
        new(path, line, column, Severity.Warning, code, message);

    public bool IsError => Severity == Severity.Error;

    public override string ToString()
    {
        var level = IsError ? "error" : "warning";
        return $"{Path}:{Math.Max(Line, 1)}:{Math.Max(Column, 1)}: {level} {Code}: {Message}";
    }
}
