using Guide.Pdf;

namespace Guide.Worksheets.Layout;

/// <summary>What sits around the form: the first page's header, the running header and the footer.</summary>
internal static class PageFrame
{
    /// <summary>Site name and id, a rule, the title and the intro; returns the height used.</summary>
    public static double Header(PdfPage page, Typesetter type, Worksheet worksheet, string siteName, double left, double width)
    {
        var y = FormStyle.MarginTop;
        var small = new TextStyle(FormStyle.SiteNameSize, FormStyle.Muted);
        type.Plain(page, siteName, left, y, width * 0.8, small);
        type.Plain(page, worksheet.Id, left, y, width, small with { Bold = true }, TextAlign.Right);
        y += type.Regular.LineHeight(FormStyle.SiteNameSize) + 2;
        page.DrawLine(left, y, left + width, y, 0.8, FormStyle.Accent);
        y += 8;
        var title = new TextStyle(FormStyle.TitleSize, FormStyle.Ink, Bold: true, SecondarySize: FormStyle.TitleSecondarySize);
        y += type.Draw(page, worksheet.Title, left, y, width, title) + 4;
        var intro = new TextStyle(FormStyle.IntroSize, FormStyle.Muted, SecondarySize: FormStyle.SecondarySize + 0.5);
        y += type.Draw(page, worksheet.Intro, left, y, width, intro);
        return y - FormStyle.MarginTop;
    }

    /// <summary>A small line at the top of every page after the first.</summary>
    public static void RunningHeader(PdfPage page, Typesetter type, string text)
    {
        var left = FormStyle.MarginX;
        var width = page.Width - 2 * FormStyle.MarginX;
        type.Plain(page, text, left, FormStyle.MarginTop, width, new TextStyle(FormStyle.FooterSize, FormStyle.Muted));
        var rule = FormStyle.MarginTop + type.Regular.LineHeight(FormStyle.FooterSize) + 2;
        page.DrawLine(left, rule, left + width, rule, 0.4, FormStyle.Rule);
    }

    /// <summary>The guide's name on the left, "page x of y" on the right.</summary>
    public static void Footer(PdfPage page, Typesetter type, string siteName, string pageOf)
    {
        var left = FormStyle.MarginX;
        var width = page.Width - 2 * FormStyle.MarginX;
        var baseline = page.Height - FormStyle.FooterBaselineFromBottom;
        var style = new TextStyle(FormStyle.FooterSize, FormStyle.Muted);
        var top = baseline - type.Regular.Ascent(FormStyle.FooterSize);
        page.DrawLine(left, top - 5, left + width, top - 5, 0.4, FormStyle.Rule);
        type.Plain(page, siteName, left, top, width * 0.7, style);
        type.Plain(page, pageOf, left, top, width, style, TextAlign.Right);
    }
}
