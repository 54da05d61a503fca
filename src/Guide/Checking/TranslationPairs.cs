using Guide.Content;
using Guide.Markdown;

namespace Guide.Checking;

/// <summary>
/// Keeps the languages in step: every page has its translation at the same path, and a pair agrees on
/// the front matter that places it (order, audience), so both languages show the same navigation.
/// </summary>
public static class TranslationPairs
{
    public static IEnumerable<Diagnostic> Check(Site site)
    {
        foreach (var document in site.Documents.Where(d => !d.Page.IsFallback))
        {
            var page = document.Page;
            foreach (var language in site.Config.Languages.Where(l => l.Code != page.Lang))
            {
                var translation = site.Translation(page, language.Code);
                if (translation is null || translation.Page.IsFallback)
                {
                    var shown = translation?.Page.Original == page
                        ? $"; until then the {language.Label} site shows this page with a notice"
                        : "";
                    yield return Diagnostic.Warning(page.SourcePath, 1, 1, DiagnosticCodes.MissingTranslation,
                        $"this page has no {language.Label} translation{shown}; create {Sibling(page, language.Code)} (the same path in every language makes a pair)");
                    continue;
                }
                // Each difference is reported once, on the page of the first language.
                if (IsFirst(site, page.Lang, language.Code))
                {
                    foreach (var problem in Differences(document, translation))
                    {
                        yield return problem;
                    }
                }
            }
        }
    }

    private static IEnumerable<Diagnostic> Differences(PageDocument document, PageDocument translation)
    {
        var (mine, theirs) = (document.Page.Meta, translation.Page.Meta);
        if (mine.Order != theirs.Order)
        {
            yield return Differs(document, "order", Invariant(mine.Order), translation, Invariant(theirs.Order));
        }
        if (mine.Audience != theirs.Audience)
        {
            yield return Differs(document, "audience", Lower(mine.Audience), translation, Lower(theirs.Audience));
        }
    }

    private static Diagnostic Differs(PageDocument document, string key, string value, PageDocument translation, string other) =>
        Diagnostic.Warning(document.Page.SourcePath, FrontMatterLines.Of(document.Page.SourcePath, key), 1, DiagnosticCodes.TranslationDiffers,
            $"'{key}: {value}' differs from '{key}: {other}' in {translation.Page.SourcePath}; use the same {key} in both, so both languages list the pages alike");

    /// <summary>Where the translation belongs: the page's path with the other language folder (<c>input/en/x.md</c> → <c>input/zh-CN/x.md</c>).</summary>
    private static string Sibling(Page page, string lang) =>
        page.SourcePath[..^(page.Lang.Length + 1 + page.RelativePath.Length)] + lang + "/" + page.RelativePath;

    private static bool IsFirst(Site site, string lang, string other) =>
        site.Config.Languages.ToList().FindIndex(l => l.Code == lang) < site.Config.Languages.ToList().FindIndex(l => l.Code == other);

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Lower(Audience audience) => audience.ToString().ToLowerInvariant();
}
