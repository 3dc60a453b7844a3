using Digest.Core.Model;
using Digest.Import.Writing;

namespace Digest.Import.Tests.Writing;

public class FileNamerTests
{
    [Fact]
    public void Month_and_day_precision()
    {
        Assert.Equal("2022-08-was-plant-die-regierung-im-winter", FileNamer.Stem(new ArticleDate(2022, 8, 0, null, null), "Was plant die Regierung im Winter?"));
        Assert.Equal("2022-02-25-russische-invasion", FileNamer.Stem(new ArticleDate(2022, 2, 25, null, null), "Russische Invasion"));
        Assert.Equal("2022-02-25-x", FileNamer.Stem(new ArticleDate(2022, 2, 25, TimeSpan.FromHours(9), null), "X"));
    }

    [Fact]
    public void Long_titles_are_cut_at_a_word()
    {
        var stem = FileNamer.Stem(new ArticleDate(2024, 1, 0, null, null), string.Join(' ', Enumerable.Repeat("Überlange Schlagzeile", 10)));
        Assert.True(stem.Length <= 8 + FileNamer.MaxSlugLength);
        Assert.False(stem.EndsWith('-'));
    }

    [Fact]
    public void Titles_without_letters_still_get_a_name()
    {
        Assert.Equal("2024-01-artikel", FileNamer.Stem(new ArticleDate(2024, 1, 0, null, null), "???"));
        Assert.Equal("2024-01-artikel-2.md", FileNamer.Candidate("2024-01-artikel", 2));
    }
}
