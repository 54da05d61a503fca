namespace Guide.Worksheets;

/// <summary>
/// The GUIDE030–049 codes this project reports. Each names one mistake an editor can make, so the
/// message can say how to fix it and tests can ask for the exact code.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>The file is not valid YAML (indentation, a missing colon, a duplicate key).</summary>
    public const string YamlSyntax = "GUIDE030";

    /// <summary>A required key (id, title, label, help, …) is missing or empty.</summary>
    public const string MissingKey = "GUIDE031";

    /// <summary>A field's <c>kind</c> is not one of the known kinds.</summary>
    public const string UnknownFieldKind = "GUIDE032";

    /// <summary>A text lacks its zh-CN or en translation.</summary>
    public const string MissingTranslation = "GUIDE033";

    /// <summary>Two fields (or options, columns, signers) share an id.</summary>
    public const string DuplicateId = "GUIDE034";

    /// <summary>A number (rows, lines, width) is not a number or is out of range.</summary>
    public const string BadNumber = "GUIDE035";

    /// <summary>A key the schema does not know, usually a typo.</summary>
    public const string UnknownKey = "GUIDE036";

    /// <summary>A value has the wrong shape, e.g. text where a list belongs.</summary>
    public const string WrongShape = "GUIDE037";

    /// <summary>An id has characters that cannot be used in a PDF field name or URL.</summary>
    public const string BadId = "GUIDE038";

    /// <summary>Two definition files use the same worksheet id.</summary>
    public const string DuplicateWorksheet = "GUIDE039";

    /// <summary>The worksheets folder is missing or has no definitions.</summary>
    public const string NoWorksheets = "GUIDE040";

    /// <summary>A field that can never fit on one page.</summary>
    public const string FieldTooTall = "GUIDE041";

    /// <summary>No usable CJK TrueType font was found.</summary>
    public const string FontNotFound = "GUIDE045";

    /// <summary>A font file was found but cannot be used.</summary>
    public const string FontUnusable = "GUIDE046";

    /// <summary>A label, hint or other printed text has a character the print font cannot draw.</summary>
    public const string CharacterNotInFont = "GUIDE047";
}
