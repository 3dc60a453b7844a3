using Digest.Core.Text;

namespace Digest.Core.Tests.Text;

public class SlugTests
{
    [Theory]
    [InlineData("Südkorea", "suedkorea")]
    [InlineData("Straße", "strasse")]
    [InlineData("Ukraine-Krieg", "ukraine-krieg")]
    [InlineData("  Was plant dieses Duo des Schreckens?  ", "was-plant-dieses-duo-des-schreckens")]
    [InlineData("Café Élysée", "cafe-elysee")]
    [InlineData("Łódź & Kraków", "lodz-krakow")]
    [InlineData("G7/G20 --- Gipfel", "g7-g20-gipfel")]
    [InlineData("ÄÖÜ äöü", "aeoeue-aeoeue")]
    [InlineData("<script>alert(1)</script>", "script-alert-1-script")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    [InlineData("日本", "")]
    [InlineData("Gute Laune 🙂 heute", "gute-laune-heute")]
    [InlineData("\uD800 halb", "halb")]
    public void Transliterates_and_collapses(string input, string expected) => Assert.Equal(expected, Slug.From(input));

    [Fact]
    public void Long_titles_are_cut_at_a_word_boundary()
    {
        var slug = Slug.From(string.Join(' ', Enumerable.Repeat("Sicherheitspolitik", 10)));
        Assert.True(slug.Length <= Slug.MaxLength);
        Assert.False(slug.EndsWith('-'));
        Assert.EndsWith("sicherheitspolitik", slug);
    }
}
