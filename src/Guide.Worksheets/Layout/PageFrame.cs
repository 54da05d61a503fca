using Guide.Pdf;

namespace Guide.Worksheets.Layout;

/// <summary>What sits around the form: the first page's header, the running header and the footer.</summary>
internal static class PageFrame
{
    private const double HeaderFieldWidth = 118;

    /// <summary>Site name and id, a rule, the title and the intro; returns the height used.</summary>
    public static double Header(PdfPage page, Typesetter type, Worksheet worksheet, string siteName, double left, double width)
    {
        var y = FormStyle.MarginTop;
        var small = new TextStyle(FormStyle.SiteNameSize, FormStyle.Muted);
        type.Plain(page, siteName, left, y, width * 0.8, small);
        type.Plain(page, worksheet.Id, left, y, width, small with { Bold = true }, TextAlign.Right);
        y += Typesetter.LineHeight(FormStyle.SiteNameSize) + 1;
        page.DrawLine(left, y, left + width, y, 0.8, FormStyle.Accent);
        y += 5;
        var title = new TextStyle(FormStyle.TitleSize, FormStyle.Ink, Bold: true, SecondarySize: FormStyle.TitleSecondarySize);
        y += type.Draw(page, worksheet.Title, left, y, width, title) + 2;
        var intro = new TextStyle(FormStyle.IntroSize, FormStyle.Muted, SecondarySize: FormStyle.SecondarySize);
        y += type.Draw(page, worksheet.Intro, left, y, width, intro);
        return y - FormStyle.MarginTop;
    }

    /// <summary>
    /// The top of every page after the first: the fields marked <c>header: true</c> (the employee's
    /// name and the date) on the right, as further widgets of the same fields, so they are typed once
    /// on the first page and show on every page, and a printed blank form has a box for them on every
    /// page; the worksheet's id and title in the room left, and a rule under both.
    /// </summary>
    public static void RunningHeader(PdfPage page, FormContext form, string title, IReadOnlyList<SingleLineField> fields)
    {
        var left = FormStyle.MarginX;
        var right = page.Width - FormStyle.MarginX;
        var label = form.Label with { Size = FormStyle.SecondarySize + 0.5 };
        var top = FormStyle.MarginTop;
        var height = FormStyle.FieldHeight;
        for (var i = fields.Count - 1; i >= 0; i--)
        {
            if (!form.TextFields.TryGetValue(fields[i].Id, out var field))
            {
                continue;
            }

            var boxLeft = right - HeaderFieldWidth;
            page.DrawRectangle(boxLeft, top, HeaderFieldWidth, height, FormStyle.Box, null, FormStyle.BoxLineWidth);
            page.AddTextFieldWidget(field, boxLeft + 1, top + 1, HeaderFieldWidth - 2, height - 2);
            var labelWidth = Math.Min(form.Type.Width(fields[i].Label, label), 90);
            var labelTop = top + (height - form.Type.Measure(fields[i].Label, labelWidth, label)) / 2;
            form.Type.Draw(page, fields[i].Label, boxLeft - labelWidth - 4, labelTop, labelWidth, label);
            right = boxLeft - labelWidth - 14;
        }

        form.Type.Plain(page, title, left, top + 6, right - left, new TextStyle(FormStyle.FooterSize, FormStyle.Muted));
        var rule = FormStyle.MarginTop + FormStyle.RunningHeaderHeight - 4;
        page.DrawLine(left, rule, page.Width - FormStyle.MarginX, rule, 0.4, FormStyle.Rule);
    }

    /// <summary>The guide's name on the left, "page x of y" on the right.</summary>
    public static void Footer(PdfPage page, Typesetter type, string siteName, string pageOf)
    {
        var left = FormStyle.MarginX;
        var width = page.Width - 2 * FormStyle.MarginX;
        var baseline = page.Height - FormStyle.FooterBaselineFromBottom;
        var style = new TextStyle(FormStyle.FooterSize, FormStyle.Muted);
        var top = baseline - type.Regular.Ascent(FormStyle.FooterSize);
        page.DrawLine(left, top - 4, left + width, top - 4, 0.4, FormStyle.Rule);
        type.Plain(page, siteName, left, top, width * 0.7, style);
        type.Plain(page, pageOf, left, top, width, style, TextAlign.Right);
    }
}
