namespace Guide.Rehearsals;

/// <summary>
/// The GUIDE060–069 codes of rehearsal definitions. Mistakes a rehearsal shares with a worksheet
/// definition (YAML syntax, a missing or unknown key, a text without one of its languages) keep the
/// worksheets' codes, GUIDE030–037, so one mistake has one code wherever it is made.
/// </summary>
public static class RehearsalCodes
{
    /// <summary>No path from the first scene reaches this scene or ending.</summary>
    public const string Unreachable = "GUIDE060";

    /// <summary>Every path from this scene loops without reaching an ending.</summary>
    public const string NoWayOut = "GUIDE061";

    /// <summary>A <c>next:</c> names no scene or ending of the file.</summary>
    public const string MissingScene = "GUIDE062";

    /// <summary>A <c>read:</c> link names a page the guide does not have.</summary>
    public const string MissingPage = "GUIDE063";

    /// <summary>A <c>read:</c> link names a heading its page does not have.</summary>
    public const string MissingHeading = "GUIDE064";

    /// <summary>A scene offers fewer than two or more than four choices.</summary>
    public const string ChoiceCount = "GUIDE065";

    /// <summary>A scene id or the file name has characters that cannot be used, or an id is used twice.</summary>
    public const string BadId = "GUIDE066";

    /// <summary>A page links <c>rehearsal:ID</c> and there is no such rehearsal.</summary>
    public const string UnknownRehearsal = "GUIDE067";

    /// <summary><c>audience</c>, <c>verdict</c> or <c>outcome</c> has a value that is not one of its words.</summary>
    public const string UnknownValue = "GUIDE068";
}
