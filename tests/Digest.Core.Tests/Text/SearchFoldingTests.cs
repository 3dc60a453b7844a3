using Digest.Core.Text;

namespace Digest.Core.Tests.Text;

public class SearchFoldingTests
{
    [Fact]
    public void Folds_case_umlauts_and_accents()
    {
        Assert.Equal("sudkorea strasse cafe", SearchFolding.Fold("Südkorea Straße Café"));
        Assert.Equal("suedkorea", SearchFolding.AlternateSpelling("Südkorea"));
    }

    [Fact]
    public void Emoji_and_lone_surrogates_are_kept_not_a_crash()
    {
        Assert.Equal("gute laune 🙂", SearchFolding.Fold("Gute Laune 🙂"));
        Assert.Equal("a\uD800b", SearchFolding.Fold("A\uD800B"));
        Assert.Equal(["gute", "laune"], SearchFolding.Words("Gute 🙂 Laune"));
    }
}
