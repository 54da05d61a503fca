namespace Guide.Pdf.Forms;

/// <summary>
/// One widget annotation (ISO 32000-1 §12.5.6.19): where a field shows on a page. A text field
/// repeated in a running header and every button of a radio group are widgets of one field.
/// </summary>
/// <param name="Field">The field the widget belongs to.</param>
/// <param name="Box">Its rectangle, top-left origin, y down.</param>
/// <param name="OnState">For a radio button, the name of its on state; otherwise null.</param>
internal sealed record Widget(FormField Field, TabOrder.Box Box, string? OnState = null);
