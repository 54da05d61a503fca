using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Guide.Pdf;

namespace Guide.Worksheets.Filling;

/// <summary>
/// The script a worksheet page loads when the reader asks for a filled PDF: the language edition's
/// PDF in base64 and the map of its fields, for <c>pdf-fill.js</c> to append the reader's answers as
/// an incremental update. A script rather than JSON or a fetched PDF, because a page opened from
/// disk may load scripts of its own folder but not fetch files.
/// </summary>
public static class FillScript
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Read only as JavaScript, never inside HTML: PDF syntax (<<, >>) needs no escaping here.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Where the script is published, beside the PDF: <c>zh-CN/worksheets/w2-three-three.fill.js</c>.</summary>
    public static string PathOf(Worksheet worksheet, WorksheetEdition edition) =>
        $"{edition.PdfLanguage}/worksheets/{worksheet.Slug}.fill.js";

    /// <summary>The name the page and the script agree on: <c>W2:zh-CN</c>.</summary>
    public static string Key(Worksheet worksheet, WorksheetEdition edition) => $"{worksheet.Id}:{edition}";

    /// <summary>The file name a filled PDF is downloaded as: <c>w2-three-three-filled.pdf</c>.</summary>
    public static string FilledFileName(Worksheet worksheet) => $"{worksheet.Slug}-filled.pdf";

    /// <summary>The script for one rendered edition of <paramref name="worksheet"/>.</summary>
    public static byte[] Of(Worksheet worksheet, WorksheetEdition edition, WrittenPdf pdf)
    {
        ArgumentNullException.ThrowIfNull(worksheet);
        ArgumentNullException.ThrowIfNull(pdf);
        using var json = new MemoryStream();
        using (var writer = new Utf8JsonWriter(json, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("file", FilledFileName(worksheet));
            writer.WriteString("pdf", Convert.ToBase64String(pdf.Bytes));
            Form(writer, pdf.Form);
            writer.WriteEndObject();
        }

        var script = new StringBuilder()
            .Append("/* ").Append(worksheet.Id).Append(' ').Append(edition).Append(": the worksheet's PDF and its fields, for pdf-fill.js; generated, do not edit. */\n")
            .Append("(globalThis.GuideFill ||= {}).files ||= {};\n")
            .Append("globalThis.GuideFill.files[").Append('"').Append(JsonEncodedText.Encode(Key(worksheet, edition)).Value).Append('"').Append("] = ")
            .Append(Encoding.UTF8.GetString(json.ToArray()))
            .Append(";\n");
        return Encoding.UTF8.GetBytes(script.ToString());
    }

    private static void Form(Utf8JsonWriter writer, FormMap form)
    {
        writer.WriteNumber("size", form.Size);
        writer.WriteNumber("startxref", form.StartXref);
        writer.WriteNumber("root", form.Root);
        writer.WriteNumber("info", form.Info);
        writer.WriteString("id", form.Id);
        writer.WriteStartArray("fields");
        foreach (var field in form.Fields)
        {
            writer.WriteStartObject();
            writer.WriteString("name", field.Name);
            switch (field)
            {
                case TextFieldMap text:
                    writer.WriteString("kind", "text");
                    writer.WriteString("font", text.Font);
                    writer.WriteNumber("fontObj", text.FontObject);
                    writer.WriteNumber("size", text.FontSize);
                    writer.WriteString("colour", text.Colour);
                    writer.WriteNumber("q", text.Quadding);
                    writer.WriteBoolean("multiline", text.Multiline);
                    writer.WriteNumber("inset", text.Inset);
                    writer.WriteNumber("pad", text.Padding);
                    break;
                case CheckBoxMap box:
                    writer.WriteString("kind", "check");
                    writer.WriteString("on", box.ExportValue);
                    break;
                case RadioGroupMap:
                    writer.WriteString("kind", "radio");
                    break;
                default:
                    throw new ArgumentException($"Unknown field kind {field.GetType().Name}.", nameof(form));
            }

            Object(writer, field.Field);
            writer.WriteStartArray("widgets");
            foreach (var widget in field.Widgets)
            {
                writer.WriteStartObject();
                if (widget.Annotation is { } annotation)
                {
                    Object(writer, annotation);
                }

                writer.WriteNumber("w", widget.Width);
                writer.WriteNumber("h", widget.Height);
                if (widget.OnState is { } on)
                {
                    writer.WriteString("on", on);
                }

                if (widget.Frame.Length > 0)
                {
                    writer.WriteString("frame", widget.Frame);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void Object(Utf8JsonWriter writer, MappedObject mapped)
    {
        writer.WriteNumber("obj", mapped.Number);
        writer.WriteString("dict", mapped.Dictionary);
    }
}
