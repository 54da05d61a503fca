using System.Globalization;
using Guide.Pdf.Fonts;
using Guide.Pdf.Forms;
using Guide.Pdf.Objects;

namespace Guide.Pdf;

/// <summary>
/// Turns a built <see cref="PdfDocument"/> into file objects in a fixed order: catalog, page
/// tree, fonts (reserved), then each page with its content and fields, then the fonts' subsets
/// (last, once every field appearance has recorded its glyphs), then the information dictionary.
/// </summary>
internal static class DocumentWriter
{
    public static byte[] Write(PdfDocument document)
    {
        var objects = new ObjectTable();
        var catalog = objects.Allocate();
        var pageTree = objects.Allocate();
        var fonts = document.Fonts.ToDictionary(f => f, _ => objects.Allocate());
        var kids = new PdfArray();
        var fields = new PdfArray();
        var formFonts = new List<FontUsage>();

        foreach (var page in document.Pages)
        {
            var pageReference = objects.Allocate();
            kids.Add(pageReference);
            var dictionary = new PdfDictionary
            {
                { "Type", new PdfName("Page") },
                { "Parent", pageTree },
                { "MediaBox", PdfArray.Numbers(0, 0, page.Width, page.Height) },
                { "Resources", Resources(page.Fonts, fonts) },
                { "Contents", objects.Add(PdfStream.Compressed(page.Content.ToBytes())) },
            };

            var annotations = new PdfArray();
            foreach (var field in TabOrder.Sort(page.Fields))
            {
                var widget = FieldWriter.Write(objects, field, page, pageReference, f => fonts[f]);
                annotations.Add(widget);
                fields.Add(widget);
                if (field is TextField text && !formFonts.Contains(document.Use(text.Font)))
                {
                    formFonts.Add(document.Use(text.Font));
                }
            }

            if (annotations.Count > 0)
            {
                dictionary["Annots"] = annotations;
                dictionary["Tabs"] = new PdfName("S"); // PDF 1.5 tab order; see TabOrder for why S
            }

            objects.Set(pageReference, dictionary);
        }

        objects.Set(pageTree, new PdfDictionary { { "Type", new PdfName("Pages") }, { "Kids", kids }, { "Count", kids.Count } });
        foreach (var usage in document.Fonts)
        {
            FontEmbedder.Embed(objects, fonts[usage], usage);
        }

        objects.Set(catalog, Catalog(document.Options, pageTree, fields, formFonts, fonts));
        var info = objects.Add(Information(document.Options));
        return PdfFileWriter.Write(objects, catalog, info);
    }

    private static PdfDictionary Resources(IEnumerable<FontUsage> used, Dictionary<FontUsage, PdfReference> fonts)
    {
        var fontResources = new PdfDictionary();
        foreach (var usage in used)
        {
            fontResources[usage.ResourceName] = fonts[usage];
        }

        return new PdfDictionary { { "Font", fontResources } };
    }

    private static PdfDictionary Catalog(PdfDocumentOptions options, PdfReference pageTree, PdfArray fields, List<FontUsage> formFonts, Dictionary<FontUsage, PdfReference> fonts)
    {
        var catalog = new PdfDictionary
        {
            { "Type", new PdfName("Catalog") },
            { "Pages", pageTree },
            { "ViewerPreferences", new PdfDictionary { { "DisplayDocTitle", true } } },
        };

        if (options.Lang.Length > 0)
        {
            catalog["Lang"] = PdfString.Text(options.Lang);
        }

        if (fields.Count > 0)
        {
            // No /NeedAppearances: every field carries its own appearance stream (see FieldAppearance).
            var acroForm = new PdfDictionary { { "Fields", fields } };
            if (formFonts.Count > 0)
            {
                acroForm["DR"] = Resources(formFonts, fonts);
                acroForm["DA"] = PdfString.Ascii($"/{formFonts[0].ResourceName} 0 Tf 0 g");
            }

            catalog["AcroForm"] = acroForm;
        }

        return catalog;
    }

    private static PdfDictionary Information(PdfDocumentOptions options)
    {
        var info = new PdfDictionary();
        if (options.Title.Length > 0)
        {
            info["Title"] = PdfString.Text(options.Title);
        }

        if (options.Author.Length > 0)
        {
            info["Author"] = PdfString.Text(options.Author);
        }

        if (options.Subject.Length > 0)
        {
            info["Subject"] = PdfString.Text(options.Subject);
        }

        info["Producer"] = PdfString.Text(PdfDocumentOptions.Producer);
        if (options.CreationDate != default)
        {
            info["CreationDate"] = PdfString.Ascii(Date(options.CreationDate));
        }

        return info;
    }

    /// <summary>A PDF date (§7.9.4): <c>D:YYYYMMDDHHmmSS+HH'mm'</c>, in the offset it was given.</summary>
    internal static string Date(DateTimeOffset date)
    {
        var offset = date.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var zone = offset == TimeSpan.Zero ? "Z" : string.Create(CultureInfo.InvariantCulture, $"{sign}{Math.Abs(offset.Hours):00}'{Math.Abs(offset.Minutes):00}'");
        return "D:" + date.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + zone;
    }
}
