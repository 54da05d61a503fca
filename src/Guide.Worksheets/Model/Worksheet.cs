namespace Guide.Worksheets;

/// <summary>
/// One worksheet as an editor defined it in <c>worksheets/&lt;slug&gt;.yml</c>: the texts of its site
/// page and the sections of its form. Immutable once loaded.
/// </summary>
/// <param name="Id">The brief's id, W1…W9; content pages link with <c>worksheet:W2</c>.</param>
/// <param name="Slug">The file stem, used in URLs and PDF file names.</param>
/// <param name="SourcePath">The definition file, for diagnostics.</param>
/// <param name="Title">The worksheet's name.</param>
/// <param name="Purpose">What it is for.</param>
/// <param name="WhenToUse">When to use it.</param>
/// <param name="Steps">How to fill it in, in order.</param>
/// <param name="Intro">Printed under the title on the form.</param>
/// <param name="Sections">The form's sections, in order.</param>
public sealed record Worksheet(
    string Id,
    string Slug,
    string SourcePath,
    LocalizedText Title,
    LocalizedText Purpose,
    LocalizedText WhenToUse,
    IReadOnlyList<LocalizedText> Steps,
    LocalizedText Intro,
    IReadOnlyList<WorksheetSection> Sections)
{
    /// <summary>The line of the <c>id:</c> key, for diagnostics about the worksheet as a whole.</summary>
    public int IdLine { get; init; } = 1;

    /// <summary>Every field of the form, section by section.</summary>
    public IEnumerable<WorksheetField> Fields => Sections.SelectMany(s => s.Fields);
}

/// <summary>A titled group of fields.</summary>
/// <param name="Heading">The section heading.</param>
/// <param name="Columns">1, or 2 to set consecutive single-line fields side by side.</param>
/// <param name="Fields">The fields, in order.</param>
public sealed record WorksheetSection(LocalizedText Heading, int Columns, IReadOnlyList<WorksheetField> Fields);
