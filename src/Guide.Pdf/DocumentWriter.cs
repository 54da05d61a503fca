using System.Globalization;
using Guide.Pdf.Fonts;
using Guide.Pdf.Forms;
using Guide.Pdf.Objects;

namespace Guide.Pdf;

/// <summary>
/// Turns a built <see cref="PdfDocument"/> into file objects in a fixed order: catalog, page
/// tree, fonts (reserved), then each page with its content and widgets, then the fields with
/// kids and the typing fonts, then the fonts' subsets (last, once every field appearance has
/// recorded its glyphs), then the information dictionary. It also maps the form's objects, for a
/// filler that appends an incremental update (<see cref="FormMap"/>).
/// </summary>
internal static class DocumentWriter
{
    public static WrittenPdf Write(PdfDocument document)
    {
        var objects = new ObjectTable();
        var catalog = objects.Allocate();
        var pageTree = objects.Allocate();
        var fonts = document.Fonts.ToDictionary(f => f, _ => objects.Allocate());
        var form = new FormWriter(objects, f => fonts[document.Use(f)], document.Use);
        form.Prepare(document.Pages.SelectMany(p => p.Widgets));
        var kids = new PdfArray();

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

            var annotations = new PdfArray(TabOrder.Sort(page.Widgets).Select(w => (PdfObject)form.Widget(w, page, pageReference)));
            if (annotations.Count > 0)
            {
                dictionary["Annots"] = annotations;
                dictionary["Tabs"] = new PdfName("S"); // PDF 1.5 tab order; see TabOrder for why S
            }

            objects.Set(pageReference, dictionary);
        }

        objects.Set(pageTree, new PdfDictionary { { "Type", new PdfName("Pages") }, { "Kids", kids }, { "Count", kids.Count } });
        var acroForm = form.Finish();
        foreach (var usage in document.Fonts)
        {
            FontEmbedder.Embed(objects, fonts[usage], usage);
        }

        objects.Set(catalog, Catalog(document.Options, pageTree, acroForm));
        var info = objects.Add(Information(document.Options));
        var file = PdfFileWriter.Write(objects, catalog, info);
        return new WrittenPdf(file.Bytes, FormMapBuilder.Build(form.Written(), form.TypingFontOf, file, catalog, info));
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

    private static PdfDictionary Catalog(PdfDocumentOptions options, PdfReference pageTree, PdfDictionary? acroForm)
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

        if (acroForm is not null)
        {
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
