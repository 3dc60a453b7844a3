using Digest.Site.Output.Search;

namespace Digest.Site.Tests.Output.Search;

public class SearchChunkerTests
{
    private static Dictionary<string, int> Sizes(params string[] terms)
    {
        var d = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in terms)
        {
            d[t] = 10;
        }
        return d;
    }

    [Fact]
    public void Small_groups_stay_together_by_first_letter()
    {
        var chunks = SearchChunker.Chunk(Sizes("apfel", "ast", "birne"), budget: 100);
        Assert.Equal(["a", "b"], chunks.Keys);
        Assert.Equal(["apfel", "ast"], chunks["a"]);
    }

    [Fact]
    public void Large_groups_split_by_longer_prefixes_and_the_key_term_stays_in_the_parent()
    {
        var chunks = SearchChunker.Chunk(Sizes("s", "sa", "sanktion", "sankt", "se", "see", "sud", "sued"), budget: 25);
        foreach (var (key, terms) in chunks)
        {
            Assert.True(terms.Count == 1 || terms.Count * 10 <= 25, $"chunk {key} is over budget");
            foreach (var term in terms)
            {
                Assert.StartsWith(key, term);
                Assert.Equal(key, SearchChunker.ChunkOf(term, chunks.Keys));
            }
        }
        Assert.Equal(["s"], chunks["s"]);
        var all = chunks.Values.SelectMany(t => t).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["s", "sa", "sankt", "sanktion", "se", "see", "sud", "sued"], all);
    }

    [Theory]
    [InlineData("abc09", "abc09")]
    [InlineData("sü", "s_00fc")]
    [InlineData("ł", "_0142")]
    public void File_names_are_lowercase_ascii(string key, string name) => Assert.Equal(name, SearchChunker.FileName(key));
}
