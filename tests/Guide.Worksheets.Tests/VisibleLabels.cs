namespace Guide.Worksheets.Tests;

/// <summary>The texts a printed worksheet must show: title, headings and every label, per edition.</summary>
internal static class VisibleLabels
{
    public static IEnumerable<string> Of(Worksheet worksheet, WorksheetEdition edition)
    {
        var texts = new List<LocalizedText> { worksheet.Title };
        foreach (var section in worksheet.Sections)
        {
            texts.Add(section.Heading);
            foreach (var field in section.Fields)
            {
                texts.Add(field.Label);
                texts.AddRange(field switch
                {
                    CheckBoxGroupField group => group.Options.Select(o => o.Label),
                    ChoiceField choice => choice.Options.Select(o => o.Label),
                    TableField table => table.Columns.Select(c => c.Label),
                    SignatureField signatures => signatures.Signers.Select(s => s.Label),
                    _ => [],
                });
            }
        }

        return edition.IsBilingual
            ? texts.SelectMany(t => new[] { t.Get("zh-CN"), t.Get("en") })
            : texts.Select(t => t.Get(edition.Language));
    }
}
