namespace Guide.Search.Tests;

public class TokenizerTests
{
    private static List<string> Terms(string text) => [.. SearchTokenizer.Tokenize(text).Select(t => t.Term)];

    [Fact]
    public void Unspaced_chinese_becomes_characters_and_overlapping_pairs()
    {
        Assert.Equal(["每", "每个", "个", "个月", "月", "月都", "都"], Terms("每个月都"));
    }

    [Fact]
    public void A_fragment_from_the_middle_of_a_word_shares_its_pairs_with_the_text()
    {
        var text = Terms("积极倾听与复述确认");
        Assert.All(Terms("述确"), term => Assert.Contains(term, text));
    }

    [Fact]
    public void Mixed_chinese_and_latin_splits_at_the_change_of_script()
    {
        Assert.Equal(["smart", "原", "原则", "则"], Terms("SMART原则"));
        Assert.Equal(["kpi", "差", "差距", "距"], Terms("KPI差距"));
    }

    [Fact]
    public void Full_width_letters_digits_and_spaces_fold_to_half_width()
    {
        Assert.Equal(Terms("SMART 原则 2025"), Terms("ＳＭＡＲＴ　原则　２０２５"));
    }

    [Fact]
    public void Punctuation_of_both_scripts_separates_and_is_dropped()
    {
        Assert.Equal(["复", "复述", "述", "确", "确认", "认", "kpi", "okr"], Terms("“复述”，确认！KPI/OKR。"));
    }

    [Fact]
    public void Apostrophes_join_a_word_instead_of_splitting_it()
    {
        Assert.Equal(["manager", "dont"], Terms("manager’s don't"));
    }

    [Fact]
    public void English_word_forms_meet_at_one_stem()
    {
        Assert.Equal(["listen", "listen", "disagre", "disagre", "rate", "rate", "critic", "critic"],
            Terms("listening listens disagreed disagreement ratings rated criticised criticism"));
    }

    [Fact]
    public void Spans_point_at_the_source_text_so_excerpts_can_highlight_it()
    {
        var text = "先说 Listening，再复述";
        var tokens = SearchTokenizer.Tokenize(text);
        var listening = tokens.Single(t => t.Term == "listen");
        Assert.Equal("Listening", text.Substring(listening.Start, listening.Length));
        var pair = tokens.Single(t => t.Term == "复述");
        Assert.Equal("复述", text.Substring(pair.Start, pair.Length));
    }

    [Fact]
    public void Han_characters_outside_the_basic_plane_count_as_one_character()
    {
        Assert.Equal(["𠀀", "𠀀中", "中"], Terms("𠀀中"));
    }
}

public class TermCountTests
{
    [Theory]
    [InlineData("每个月都要复盘，每个月都复述，复核")]
    [InlineData("Listening, restating and note-taking; listens LISTENED")]
    [InlineData("SMART原则和KPI差距 𠀀𠀁中文𠀀 manager’s don't ＳＭＡＲＴ　２０２５")]
    public void The_index_builder_counts_the_terms_the_tokenizer_gives(string text)
    {
        var ids = new TermIds();
        var (found, counts, length) = new TermIds.Tally(ids).Count(text);
        var counted = found.Select((id, k) => (ids.Terms[id], counts[k])).OrderBy(t => t.Item1, StringComparer.Ordinal);
        var tokens = SearchTokenizer.Tokenize(text);
        var expected = tokens.GroupBy(t => t.Term).Select(g => (g.Key, g.Count())).OrderBy(t => t.Key, StringComparer.Ordinal);
        Assert.Equal(expected, counted);
        Assert.Equal(tokens.Count, length);
        Assert.Equal(tokens.Count, SearchTokenizer.Count(text));
    }
}
