namespace Guide.Search.Tests;

public class StemmerTests
{
    [Theory]
    [InlineData("listening", "listen")]
    [InlineData("listened", "listen")]
    [InlineData("disagrees", "disagre")]
    [InlineData("disagreed", "disagre")]
    [InlineData("disagreement", "disagre")]
    [InlineData("agreed", "agre")]
    [InlineData("agree", "agre")]
    [InlineData("ratings", "rate")]
    [InlineData("rating", "rate")]
    [InlineData("rate", "rate")]
    [InlineData("criticism", "critic")]
    [InlineData("criticised", "critic")]
    [InlineData("criticized", "critic")]
    [InlineData("critical", "critic")]
    [InlineData("planning", "plan")]
    [InlineData("notes", "note")]
    [InlineData("improvement", "improv")]
    [InlineData("improving", "improv")]
    [InlineData("confrontational", "confront")]
    [InlineData("confrontation", "confront")]
    [InlineData("process", "process")]
    [InlineData("processes", "process")]
    [InlineData("status", "status")]
    [InlineData("policies", "policy")]
    [InlineData("kpis", "kpi")]
    [InlineData("360", "360")]
    [InlineData("w2s", "w2s")]
    public void Stems_the_forms_a_reader_types(string word, string stem)
    {
        Assert.Equal(stem, EnglishStemmer.Stem(word));
    }
}
