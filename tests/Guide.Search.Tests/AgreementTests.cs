using System.Text.Json.Nodes;
using Guide.Testing;

namespace Guide.Search.Tests;

/// <summary>
/// The index is text and the client tokenizes it, but C# tokenizes the same text to decide what
/// is searchable, and the lead's pipeline may use it too: the two must never disagree.
/// </summary>
public class AgreementTests
{
    private static readonly string[] Strings =
    [
        "每个月都", "上级说的不对怎么办", "SMART 原则", "ＳＭＡＲＴ　原则，２０２５年", "KPI/OKR 差距表（W1）",
        "manager’s notes don't", "Listening, restating and note-taking", "60–90 分钟，24 小时内归档",
        "À l'École Über", "𠀀𠀁中文", "lone \ud800 surrogate", "\"quoted\" — dash… ellipsis", "",
        .. Fixtures.Chinese.Select(d => d.Text), .. Fixtures.English.Select(d => d.Text),
    ];

    private static readonly string[] Words =
    [
        "listening", "listens", "disagrees", "disagreement", "ratings", "rating", "criticised", "criticise", "criticism",
        "critical", "planning", "planned", "setting", "notes", "noting", "improvement", "improving", "specifically",
        "really", "processes", "analysis", "policies", "employees", "managers", "confrontational", "preparation",
        "prepared", "weekly", "monthly", "helpful", "openness", "during", "seeing", "agreed", "using", "kpis", "w2",
    ];

    [Fact]
    public void Csharp_and_javascript_tokenizers_give_the_same_terms_and_spans()
    {
        var answers = JsClient.Run([], Strings.Select(JsClient.Tokenize));
        for (var i = 0; i < Strings.Length; i++)
        {
            var expected = SearchTokenizer.Tokenize(Strings[i]).Select(t => $"{t.Term}@{t.Start}+{t.Length}");
            var actual = answers[i]!.AsArray().Select(t => $"{t!["term"]}@{t["start"]}+{t["length"]}");
            Assert.True(expected.SequenceEqual(actual), $"tokens differ for \"{Strings[i]}\":\n  C#: {string.Join(' ', expected)}\n  JS: {string.Join(' ', actual)}");
        }
    }

    [Fact]
    public void Csharp_and_javascript_stemmers_agree()
    {
        var answers = JsClient.Run([], Words.Select(JsClient.Stem));
        var differ = Words.Where((w, i) => EnglishStemmer.Stem(w) != answers[i]!.GetValue<string>())
            .Select((w, i) => $"{w}: C# {EnglishStemmer.Stem(w)}, JS {answers[Array.IndexOf(Words, w)]}");
        Assert.Empty(differ);
    }
}
