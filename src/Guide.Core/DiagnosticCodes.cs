namespace Guide;

/// <summary>
/// Every code the program reports, in one place: each number once, each with one meaning, whichever
/// part of the program finds the problem. CONTRIBUTING.md explains each one with its fix; a test keeps
/// the two in step and the numbers unique.
/// </summary>
public static class DiagnosticCodes
{
    // Pages, settings and the output (GUIDE001–028).

    /// <summary>The front matter of a page is not valid YAML or has a value of the wrong type.</summary>
    public const string InvalidFrontMatter = "GUIDE001";

    /// <summary>A page has no front matter or no title.</summary>
    public const string MissingTitle = "GUIDE002";

    /// <summary>A folder at the top of input/ is not a language of site.yml.</summary>
    public const string UnknownLanguage = "GUIDE003";

    /// <summary>Two pages or files would be published at the same address.</summary>
    public const string DuplicateOutput = "GUIDE004";

    /// <summary>A link points to a page or file that does not exist, or a page the navigation needs is missing.</summary>
    public const string BrokenLink = "GUIDE005";

    /// <summary>A link points to a heading its page does not have.</summary>
    public const string BrokenAnchor = "GUIDE006";

    /// <summary>site.yml is missing, not valid YAML, or has a setting of the wrong shape.</summary>
    public const string InvalidSiteConfig = "GUIDE007";

    /// <summary>An image has no alt text.</summary>
    public const string ImageWithoutAlt = "GUIDE008";

    /// <summary>A linked file, or the input folder, does not exist.</summary>
    public const string MissingFile = "GUIDE009";

    /// <summary>A <c>worksheet:ID</c> link names no worksheet.</summary>
    public const string UnknownWorksheet = "GUIDE010";

    /// <summary>The file exists but cannot be read (locked, no permission, removed while reading).</summary>
    public const string UnreadableFile = "GUIDE011";

    /// <summary>The site or the zip could not be written.</summary>
    public const string OutputFailed = "GUIDE012";

    /// <summary>The brand colour has too little contrast with the page.</summary>
    public const string LowContrastColor = "GUIDE013";

    /// <summary>A <c>:::kind</c> container that is not a callout.</summary>
    public const string UnknownCallout = "GUIDE014";

    /// <summary>site.yml's repository is still the placeholder.</summary>
    public const string PlaceholderRepository = "GUIDE015";

    /// <summary>A home page's <c>situations:</c> entry is not valid, or situations are on another page.</summary>
    public const string InvalidSituation = "GUIDE016";

    /// <summary>The text is not UTF-8 (GBK, Latin-1, UTF-16, stray bytes).</summary>
    public const string NotUtf8 = "GUIDE017";

    /// <summary>Not a regular file: a FIFO, a device, a socket, a dangling link or a loop of links.</summary>
    public const string NotARegularFile = "GUIDE018";

    /// <summary>A symbolic link whose target lies outside the folder being read.</summary>
    public const string LinkLeavesFolder = "GUIDE019";

    /// <summary>A file below input/ of a kind the site does not publish.</summary>
    public const string FileTypeNotPublished = "GUIDE020";

    /// <summary>Markdown or YAML nested deeper than the generator reads.</summary>
    public const string NestedTooDeep = "GUIDE021";

    /// <summary>A link or address of a kind a page may not carry (script, a local path, an outside image).</summary>
    public const string UnsafeLink = "GUIDE022";

    /// <summary>An attribute in <c>{ }</c> other than an id or classes.</summary>
    public const string AttributeNotAllowed = "GUIDE023";

    /// <summary>The output folder is not one a build may replace.</summary>
    public const string OutputRefused = "GUIDE024";

    /// <summary>A language code in site.yml is not a BCP 47 tag, or is listed twice.</summary>
    public const string InvalidLanguage = "GUIDE025";

    /// <summary>An SVG holds script, event handlers or outside links.</summary>
    public const string UnsafeSvg = "GUIDE026";

    /// <summary>Something unexpected stopped the program; the message names the file it was working on.</summary>
    public const string Unexpected = "GUIDE027";

    /// <summary>A worksheet's layout refused the definition.</summary>
    public const string WorksheetLayoutFailed = "GUIDE028";

    // Worksheet and rehearsal definitions (GUIDE030–047); one mistake has one code in either kind of file.

    /// <summary>The file is not valid YAML (indentation, a missing colon, a duplicate key).</summary>
    public const string YamlSyntax = "GUIDE030";

    /// <summary>A required key (id, title, label, help, …) is missing or empty.</summary>
    public const string MissingKey = "GUIDE031";

    /// <summary>A field's <c>kind</c> is not one of the known kinds.</summary>
    public const string UnknownFieldKind = "GUIDE032";

    /// <summary>A text of a definition lacks one of the site's languages.</summary>
    public const string TextWithoutLanguage = "GUIDE033";

    /// <summary>Two fields (or options, columns, signers) share an id.</summary>
    public const string DuplicateId = "GUIDE034";

    /// <summary>A number (rows, lines, width) is not a number or is out of range.</summary>
    public const string BadNumber = "GUIDE035";

    /// <summary>A key the definition's schema does not know, usually a typo.</summary>
    public const string UnknownDefinitionKey = "GUIDE036";

    /// <summary>A value has the wrong shape, e.g. text where a list belongs.</summary>
    public const string WrongShape = "GUIDE037";

    /// <summary>A worksheet id or file name has characters that cannot be used in a PDF field name or URL.</summary>
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

    // Warnings about pages and settings (GUIDE050–057): a preview still builds; check --strict makes them errors.

    /// <summary>A key of front matter, site.yml or terms.yml that the guide does not know.</summary>
    public const string UnknownKey = "GUIDE050";

    /// <summary>A page has no translation in another language of the site (it is built there from the default language).</summary>
    public const string MissingTranslation = "GUIDE051";

    /// <summary>A heading skips a level.</summary>
    public const string SkippedHeadingLevel = "GUIDE052";

    /// <summary>A page's order or audience differs from its translation's.</summary>
    public const string TranslationDiffers = "GUIDE053";

    /// <summary>Straight quotation marks in a page whose language quotes otherwise.</summary>
    public const string StraightQuotes = "GUIDE054";

    /// <summary>A worksheet link's text is not the worksheet's title.</summary>
    public const string WorksheetLinkText = "GUIDE055";

    /// <summary>A word input/terms.yml avoids for the page's audience.</summary>
    public const string AvoidedTerm = "GUIDE056";

    /// <summary>input/terms.yml is not valid.</summary>
    public const string InvalidTermsFile = "GUIDE057";

    // Rehearsals (GUIDE060–068).

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

    /// <summary>A scene id or a rehearsal's file name has characters that cannot be used, or an id is used twice.</summary>
    public const string BadRehearsalId = "GUIDE066";

    /// <summary>A page links <c>rehearsal:ID</c> and there is no such rehearsal.</summary>
    public const string UnknownRehearsal = "GUIDE067";

    /// <summary><c>audience</c>, <c>verdict</c> or <c>outcome</c> has a value that is not one of its words.</summary>
    public const string UnknownValue = "GUIDE068";

    // Taking preparation into the room (GUIDE070–071).

    /// <summary>A <c>say</c> callout holds something the phrase bank cannot carry, or nothing to say.</summary>
    public const string SayCalloutContent = "GUIDE070";

    /// <summary>The card names a worksheet or field that is not there.</summary>
    public const string CardSourceMissing = "GUIDE071";
}
