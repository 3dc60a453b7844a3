using Digest.Core.Model;
using Digest.Site.Checking;

namespace Digest.Site.Tests.Checking;

public class TopicVocabularyTests
{
    private static readonly TopicVocabulary Vocabulary = new(
    [
        new TopicDefinition("nordkorea", "Nordkorea", ["Nordkoreas", "North Korea"], null, SourceSpan.None),
        new TopicDefinition("suedkorea", "Südkorea", [], null, SourceSpan.None),
    ]);

    [Theory]
    [InlineData("nordkorea")]
    [InlineData("NORDKOREA")]
    [InlineData("north korea")]
    [InlineData("Südkorea")]
    [InlineData("sudkorea")]
    public void Knows_slugs_labels_and_aliases_in_any_case(string name)
    {
        Assert.True(Vocabulary.IsKnown(name));
    }

    [Fact]
    public void Suggests_the_slug_for_a_near_miss()
    {
        Assert.False(Vocabulary.IsKnown("nordkorae"));
        Assert.Equal("nordkorea", Vocabulary.Suggest("nordkorae"));
        Assert.Contains("did you mean 'nordkorea'?", Vocabulary.Describe("nordkorae"));
        Assert.Null(Vocabulary.Suggest("klimapolitik"));
    }
}
