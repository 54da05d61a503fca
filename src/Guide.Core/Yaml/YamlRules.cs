namespace Guide;

/// <summary>
/// How one kind of YAML file reports what the <see cref="YamlReader"/> finds. Settings are files an editor
/// tries things in while previewing, so a key the guide does not know only warns; definitions are printed
/// as written, so a misspelt key (a field's <c>hlep:</c>) would silently lose a text and is an error.
/// </summary>
public sealed class YamlRules
{
    private readonly Func<string?, string, IReadOnlyList<string>, string?> _unknownKey;

    private YamlRules(string wrongShape, Severity unknownKeySeverity, string unknownKeyCode, Func<string?, string, IReadOnlyList<string>, string?> unknownKey)
    {
        WrongShape = wrongShape;
        UnknownKeySeverity = unknownKeySeverity;
        UnknownKeyCode = unknownKeyCode;
        _unknownKey = unknownKey;
    }

    /// <summary>
    /// Front matter, <c>site.yml</c> and <c>terms.yml</c>. A value of the wrong type is reported under the
    /// file's own code (<paramref name="wrongShape"/>), so the editor reads which file's documentation to open;
    /// an unknown key is GUIDE050, which <c>check --strict</c> turns into an error.
    /// </summary>
    public static YamlRules Settings(string wrongShape) => new(wrongShape, Severity.Warning, DiagnosticCodes.UnknownKey,
        // A key written as a list or map is passed over: settings have never named one.
        (key, _, known) => key is null ? null : $"unknown key '{key}'; {(Suggest.Closest(key, known) is { } match
            ? $"did you mean '{match}'?"
            : $"known keys are {string.Join(", ", known)}")}");

    /// <summary>Worksheet and rehearsal definitions: every surprise is an error, and says where in the file it is.</summary>
    public static YamlRules Definitions { get; } = new(DiagnosticCodes.WrongShape, Severity.Error, DiagnosticCodes.UnknownDefinitionKey,
        (key, where, known) => $"unknown key '{key}' in {where}{Suggest.Hint(key ?? "", known)}; known keys: {string.Join(", ", known)}");

    /// <summary>The code of a value that has the wrong shape or type (a list where one text belongs).</summary>
    public string WrongShape { get; }

    public Severity UnknownKeySeverity { get; }

    public string UnknownKeyCode { get; }

    /// <summary>The message for <paramref name="key"/> (null when written as a list or map), or null to pass it over.</summary>
    internal string? UnknownKey(string? key, string where, IReadOnlyList<string> known) => _unknownKey(key, where, known);
}
