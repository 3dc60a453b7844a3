using Digest.Site.Output.Search;

namespace Digest.Site.Tests.Output.Search;

public class SearchTokenizerTests
{
    [Fact]
    public void Umlaut_words_are_indexed_in_both_spellings()
    {
        Assert.Equal(["sudkorea", "suedkorea"], SearchTokenizer.DistinctTerms("Südkorea"));
    }

    [Theory]
    [InlineData("Straße", "strasse")]
    [InlineData("CAFÉ", "cafe")]
    [InlineData("Łódź", "łodz")]
    public void Terms_are_folded(string word, string term) => Assert.Contains(term, SearchTokenizer.DistinctTerms(word));

    [Fact]
    public void Words_split_at_anything_but_letters_and_digits()
    {
        Assert.Equal(["2023", "g7", "gipfel", "krieg", "ukraine"], SearchTokenizer.DistinctTerms("Ukraine-Krieg: G7-Gipfel (2023)!"));
    }
}
