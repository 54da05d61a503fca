using System.Globalization;
using System.Text;

namespace Guide.Worksheets;

/// <summary>
/// Every character a worksheet prints or shows as a hint must be one the print font can draw:
/// a missing glyph prints as an empty gap or a box, silently. Emoji and the rarer CJK extensions
/// are the usual culprits.
/// </summary>
public static class PrintableText
{
    /// <summary>
    /// Reports GUIDE047 at the text's line and column for each label, heading, option, detail,
    /// intro, title or hint with a character the regular or bold face lacks; true when there is none.
    /// </summary>
    public static bool Check(Worksheet worksheet, WorksheetFonts fonts, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(worksheet);
        ArgumentNullException.ThrowIfNull(fonts);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var clean = true;
        foreach (var (what, text) in Texts(worksheet))
        {
            foreach (var (language, value, at) in text.Languages.Select(l => (l, text.Get(l), text.At(l))))
            {
                var missing = fonts.Regular.MissingCharacters(value) + (fonts.Bold?.MissingCharacters(value) ?? "");
                if (missing.Length == 0)
                {
                    continue;
                }

                clean = false;
                var characters = string.Join(", ", missing.EnumerateRunes().Distinct().Select(r => string.Create(CultureInfo.InvariantCulture, $"'{r}' (U+{r.Value:X4})")));
                diagnostics.Add(Diagnostic.Error(worksheet.SourcePath, at?.Line ?? worksheet.IdLine, at?.Column ?? 1, DiagnosticCodes.CharacterNotInFont,
                    $"the {language} {what} \"{Shorten(value)}\" has {characters}, which the print font {fonts.Regular.FamilyName} cannot draw; the form would show a gap. Remove it or use a character the font has"));
            }
        }

        return clean;
    }

    /// <summary>The texts the printed form shows, and the hints readers see on hover, with what each is.</summary>
    internal static IEnumerable<(string What, LocalizedText Text)> Texts(Worksheet worksheet)
    {
        yield return ("title", worksheet.Title);
        yield return ("intro", worksheet.Intro);
        foreach (var section in worksheet.Sections)
        {
            yield return ("heading", section.Heading);
            foreach (var field in section.Fields)
            {
                yield return ("label", field.Label);
                yield return ("hint", field.Help);
                var parts = field.Match(
                    text: _ => [],
                    lines: _ => [],
                    checkBoxes: group => Options(group.Options),
                    choice: choice => Options(choice.Options),
                    table: table => table.Columns.SelectMany(c => c.Help is null ? [("column label", c.Label)] : new[] { ("column label", c.Label), ("hint", c.Help) }),
                    signatures: signature => signature.Signers.Select(s => ("signer", s.Label)));
                foreach (var part in parts)
                {
                    yield return part;
                }
            }
        }
    }

    private static IEnumerable<(string, LocalizedText)> Options(IReadOnlyList<CheckOption> options) =>
        options.SelectMany(o => o.Detail is null ? [("option", o.Label)] : new[] { ("option", o.Label), ("option detail", o.Detail) });

    private static string Shorten(string text)
    {
        var runes = text.EnumerateRunes().ToList();
        return runes.Count <= 30 ? text : new StringBuilder().AppendJoin("", runes.Take(30)).Append('…').ToString();
    }
}
