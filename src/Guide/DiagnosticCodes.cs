namespace Guide;

/// <summary>
/// Every code the site build reports. CONTRIBUTING.md explains each one with its fix; keep the two in step.
/// Worksheet codes (GUIDE030–049) live with the worksheets; problems any input file can have
/// (encoding, links out of the folder, nesting) are <see cref="InputCodes"/>.
/// </summary>
public static class DiagnosticCodes
{
    public const string InvalidFrontMatter = "GUIDE001";
    public const string MissingTitle = "GUIDE002";
    public const string UnknownLanguage = "GUIDE003";
    public const string DuplicateOutput = "GUIDE004";
    public const string BrokenLink = "GUIDE005";
    public const string BrokenAnchor = "GUIDE006";
    public const string InvalidSiteConfig = "GUIDE007";
    public const string ImageWithoutAlt = "GUIDE008";
    public const string MissingFile = "GUIDE009";
    public const string UnknownWorksheet = "GUIDE010";
    public const string UnreadableFile = InputCodes.UnreadableFile;
    public const string OutputFailed = "GUIDE012";
    public const string LowContrastColor = "GUIDE013";
    public const string UnknownCallout = "GUIDE014";
    public const string PlaceholderRepository = "GUIDE015";
    public const string InvalidSituation = "GUIDE016";
    public const string NotUtf8 = InputCodes.NotUtf8;
    public const string NotARegularFile = InputCodes.NotARegularFile;
    public const string LinkLeavesFolder = InputCodes.LinkLeavesFolder;
    public const string FileTypeNotPublished = "GUIDE020";
    public const string NestedTooDeep = InputCodes.NestedTooDeep;
    public const string UnsafeLink = "GUIDE022";
    public const string AttributeNotAllowed = "GUIDE023";
    public const string OutputRefused = "GUIDE024";
    public const string InvalidLanguage = "GUIDE025";
    public const string UnsafeSvg = "GUIDE026";
    public const string Unexpected = InputCodes.Unexpected;
    public const string WorksheetLayoutFailed = "GUIDE028";

    public const string UnknownKey = "GUIDE050";
    public const string MissingTranslation = "GUIDE051";
    public const string SkippedHeadingLevel = "GUIDE052";
    public const string TranslationDiffers = "GUIDE053";
    public const string StraightQuotes = "GUIDE054";
    public const string WorksheetLinkText = "GUIDE055";
    public const string AvoidedTerm = "GUIDE056";
    public const string InvalidTermsFile = "GUIDE057";

    public const string SayCalloutContent = "GUIDE070";
    public const string CardSourceMissing = "GUIDE071";
}
