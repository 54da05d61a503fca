using Guide.Content;
using Guide.Output;
using Guide.Preparation;
using Guide.Rendering;
using Guide.Theme.Model;
using Guide.Theme.Preparation;
using Guide.Theme.Worksheets;
using Guide.Worksheets;

namespace Guide.Building;

/// <summary>
/// The reader's own pages, per language: the phrase bank (every say callout, grouped by page and
/// section) and "my card" with the panel for the answers kept on this device. The pages carry the
/// structure and the words; their scripts fill them from what this browser keeps.
/// </summary>
public sealed class PreparationPublisher(Site site, CardAndPhrases content, ViewBuilder views)
{
    internal void WritePages(IOutputSink files, RendererScope renderer)
    {
        foreach (var language in site.Config.Languages)
        {
            var lang = language.Code;
            var text = site.Words[lang];
            var phrasesUrl = PreparationPages.PhrasesUrl(lang);
            var cardUrl = PreparationPages.CardUrl(lang);

            var bank = renderer.Render<PhraseBankPage>(new()
            {
                ["Pages"] = PhrasePages(lang, phrasesUrl),
                ["Text"] = text,
                ["StarsKey"] = PreparationStorage.PhrasesKey(lang),
                ["CardHref"] = views.Href(phrasesUrl, cardUrl),
                ["DeviceHref"] = views.Href(phrasesUrl, cardUrl) + "#device",
            });
            var bankView = views.ForPreparation(phrasesUrl, lang, text["phrases"], bank, views.PairedLanguages(lang, _ => "phrases/", _ => true), "phrases");
            files.Add(PageWriter.FileOf(phrasesUrl), renderer.Page(bankView with { Summary = text["phrases.summary"] }));

            var card = renderer.Render<MyCardPage>(new()
            {
                ["Parts"] = CardParts(lang, cardUrl),
                ["PhraseSources"] = Sources(site.Config.Languages.Select(l => l.Code), lang, PreparationStorage.PhrasesKey),
                ["NameSources"] = NameSources(lang),
                ["PhrasesHref"] = views.Href(cardUrl, phrasesUrl),
                ["Text"] = text,
                ["Device"] = Device(lang),
            });
            var cardView = views.ForPreparation(cardUrl, lang, text["card"], card, views.PairedLanguages(lang, _ => "my-card/", _ => true), "card");
            files.Add(PageWriter.FileOf(cardUrl), renderer.Page(cardView with { Summary = text["card.summary"], BodyClass = "my-card-body" }));
        }
    }

    /// <summary>The two pages in the search index, so "话术", "phrase", "面谈卡" or "export" finds them.</summary>
    public static IEnumerable<Search.SearchDocument> SearchDocuments(UiText text, string lang, Func<string, string> route)
    {
        var card = route(PreparationPages.CardUrl(lang));
        return
        [
            new(route(PreparationPages.PhrasesUrl(lang)), text["phrases"], text["phrases"], text["phrases.summary"], text["phrases.summary"]),
            new(card, text["card"], text["card"], text["card.summary"], text["card.summary"]),
            new(card + "#device", text["card"], text["device"], text["card.summary"], text["device.where"]),
        ];
    }

    private List<PhrasePageView> PhrasePages(string lang, string fromUrl) =>
    [
        .. content.Phrases.For(lang).GroupBy(g => g.Document).Select(page =>
        {
            var meta = page.Key.Page.Meta;
            var href = views.Href(fromUrl, page.Key.Page.Url);
            return new PhrasePageView(meta.Title, href, meta.Audience.ToString().ToLowerInvariant(), meta.Tags,
                [.. page.Select(g => new PhraseSectionView(g.Section?.Text, g.Section is { } h ? $"{href}#{h.Id}" : href,
                    [.. g.Phrases.Select(p => new PhraseView(p.Id, p.Text))]))]);
        }),
    ];

    /// <summary>The worksheet parts, where this language has worksheet pages to link to.</summary>
    private List<CardPartView> CardParts(string lang, string fromUrl)
    {
        if (!WorksheetLanguages(site).Contains(lang))
        {
            return [];
        }
        var text = site.Words[lang];
        return
        [
            .. content.Card.Select(source => new CardPartView(source.Part.Name, text["card." + source.Part.Name],
                source.Worksheet.Title.Get(lang), views.Href(fromUrl, $"{lang}/worksheets/{source.Worksheet.Slug}/"),
                Sources(WorksheetLanguages(site), lang, l => WorksheetStorage.Key(source.Worksheet, l)), source.Rows)),
        ];
    }

    private List<CardSourceView> NameSources(string lang) =>
    [
        .. content.Card.Select(s => s.Worksheet).Distinct()
            .SelectMany(w => Sources(WorksheetLanguages(site), lang, l => WorksheetStorage.Key(w, l))),
    ];

    /// <summary>A storage key per language, the page's own first: the card prefers what was entered in its language.</summary>
    private List<CardSourceView> Sources(IEnumerable<string> languages, string lang, Func<string, string> key) =>
    [
        .. languages.OrderBy(l => l == lang ? 0 : 1).Select(l => new CardSourceView(key(l), l, site.Config.Languages.First(c => c.Code == l).Label)),
    ];

    private DeviceView Device(string lang) => new(
        site.Worksheets.ToDictionary(w => w.Id, w => $"{w.Id} {w.Title[lang]}"),
        site.Config.Languages.ToDictionary(l => l.Code, l => l.Label),
        site.Rehearsals.ToDictionary(r => r.Id, r => r.Title[lang]),
        site.Documents.ToDictionary(d => d.Page.Url, d => d.Page.Meta.Title));

    private static IEnumerable<string> WorksheetLanguages(Site site) => WorksheetPublisher.Languages(site);
}
