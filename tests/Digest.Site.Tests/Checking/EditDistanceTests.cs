using Digest.Site.Checking;

namespace Digest.Site.Tests.Checking;

public class EditDistanceTests
{
    [Theory]
    [InlineData("nordkorea", "nordkorea", 0)]
    [InlineData("nordkorae", "nordkorea", 1)]
    [InlineData("nordkora", "nordkorea", 1)]
    [InlineData("nordkoreaa", "nordkorea", 1)]
    [InlineData("nordkorxa", "nordkorea", 1)]
    [InlineData("", "abc", 3)]
    [InlineData("marquart", "marquardt", 1)]
    [InlineData("kitten", "sitting", 3)]
    public void Counts_insertions_deletions_substitutions_and_swaps(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Between(a, b));
        Assert.Equal(expected, EditDistance.Between(b, a));
    }

    [Fact]
    public void Suggests_the_nearest_known_name_within_the_typo_budget()
    {
        (string, string)[] candidates = [("nordkorea", "nordkorea"), ("sudkorea", "suedkorea"), ("russland", "russland")];
        Assert.Equal("nordkorea", NameSuggestion.Best("nordkorae", candidates));
        Assert.Equal("suedkorea", NameSuggestion.Best("sudkora", candidates));
        Assert.Null(NameSuggestion.Best("wirtschaft", candidates));
    }
}
