using Guide.Pdf.Objects;

namespace Guide.Pdf.Forms;

/// <summary>A widget as <see cref="FormWriter"/> wrote it: its object, its dictionary and where it is.</summary>
internal sealed record WrittenWidget(PdfReference Reference, PdfDictionary Dictionary, TabOrder.Box Box, string? OnState);

/// <summary>
/// A field as <see cref="FormWriter"/> wrote it. <see cref="Parent"/> is its own dictionary when it has
/// kids (a radio group, a text field shown on several pages); otherwise it is merged with its one widget.
/// </summary>
internal sealed record WrittenField(FormField Field, (PdfReference Reference, PdfDictionary Dictionary)? Parent, IReadOnlyList<WrittenWidget> Widgets);
