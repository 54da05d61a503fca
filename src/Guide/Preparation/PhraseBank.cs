using System.Security.Cryptography;
using System.Text;
using Guide.Content;
using Guide.Markdown;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace Guide.Preparation;

/// <summary>
/// Every <c>:::say</c> callout of the guide, gathered per language in reading order and grouped by the
/// page and section it stands in. Editors add phrases only by writing callouts; nothing else feeds it.
/// Read from each page's syntax tree as parsed: only blocks written inside the callout's fence count,
/// so whatever rendering later adds to the tree (a label) is never taken for a phrase.
/// </summary>
public sealed class PhraseBank
{
    /// <summary>The callout kind whose sentences the bank collects.</summary>
    public const string Kind = "say";

    private readonly Dictionary<string, IReadOnlyList<PhraseGroup>> _groups;

    private PhraseBank(Dictionary<string, IReadOnlyList<PhraseGroup>> groups) => _groups = groups;

    /// <summary>The groups of one language, in the guide's reading order.</summary>
    public IReadOnlyList<PhraseGroup> For(string lang) => _groups.GetValueOrDefault(lang) ?? [];

    /// <summary>
    /// Gathers the phrases of every page. A say callout with nothing to collect, or with something
    /// other than sentences (a table, a heading, code), is reported (GUIDE070).
    /// </summary>
    public static PhraseBank Gather(Site site, DiagnosticBag diagnostics)
    {
        var groups = new Dictionary<string, IReadOnlyList<PhraseGroup>>(StringComparer.Ordinal);
        foreach (var language in site.Config.Languages)
        {
            groups[language.Code] = [.. site.ReadingOrder(language.Code).SelectMany(d => Groups(d, diagnostics))];
        }

        return new PhraseBank(groups);
    }

    private static IEnumerable<PhraseGroup> Groups(PageDocument document, DiagnosticBag diagnostics)
    {
        var page = document.Page;
        var sections = new List<(Heading? Section, List<Phrase> Phrases)>();
        // A callout's fence is three colons or more: a page without them has none, and its tree (which a
        // one-off build of a large site no longer holds) need not be parsed again to find that out.
        if (!document.HasFence)
        {
            return [];
        }
        foreach (var callout in document.Syntax.Descendants<CustomContainer>().Where(IsSay))
        {
            var phrases = new List<Phrase>();
            foreach (var block in callout.Where(b => b.Line > callout.Line))
            {
                if (!Collect(block, phrases))
                {
                    diagnostics.Add(Diagnostic.Warning(page.SourcePath, page.BodyLine + block.Line, block.Column + 1, DiagnosticCodes.SayCalloutContent,
                        $"a ':::{Kind}' callout holds sentences to say, and the phrase bank shows only paragraphs and list items; move this {Describe(block)} out of the callout"));
                }
            }
            if (phrases.Count == 0)
            {
                diagnostics.Add(Diagnostic.Warning(page.SourcePath, page.BodyLine + callout.Line, callout.Column + 1, DiagnosticCodes.SayCalloutContent,
                    $"this ':::{Kind}' callout has no sentence for the phrase bank; write what to say as a paragraph inside it, or remove it"));
                continue;
            }
            var section = document.Headings.LastOrDefault(h => h.Level is 2 or 3 && h.Line <= page.BodyLine + callout.Line);
            if (sections.Count > 0 && sections[^1].Section == section)
            {
                sections[^1].Phrases.AddRange(phrases);
            }
            else
            {
                sections.Add((section, phrases));
            }
        }
        return sections.Select(s => new PhraseGroup(document, s.Section, s.Phrases));
    }

    private static bool IsSay(CustomContainer container) =>
        string.Equals(container.Info?.Trim(), Kind, StringComparison.OrdinalIgnoreCase);

    /// <summary>Adds the sentences of a paragraph or a list; false for any other block.</summary>
    private static bool Collect(Block block, List<Phrase> phrases)
    {
        switch (block)
        {
            case ParagraphBlock paragraph:
                var text = PhraseText.Of(paragraph.Inline);
                if (text.Length > 0)
                {
                    phrases.Add(new Phrase(IdOf(text), text));
                }
                return true;
            case ListBlock list:
                return list.OfType<ListItemBlock>().SelectMany(item => item).All(b => Collect(b, phrases));
            default:
                return false;
        }
    }

    private static string Describe(Block block) => block switch
    {
        HeadingBlock => "heading",
        CodeBlock => "code",
        Markdig.Extensions.Tables.Table => "table",
        QuoteBlock => "quote",
        ThematicBreakBlock => "line",
        _ => "block",
    };

    /// <summary>Ten hex digits of the SHA-256 of the words: stable across builds and page edits around it.</summary>
    public static string IdOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..10];
}
