using Digest.Site.Output.Search;

namespace Digest.Site.Tests.Output.Search;

public class SearchPostingsTests
{
    [Fact]
    public void Gaps_in_base_36_end_with_the_field_mask_as_a_capital()
    {
        var encoded = SearchPostings.Encode([(0, SearchField.Body), (1, SearchField.Title), (40, SearchField.Title | SearchField.Body)]);
        Assert.Equal("1B1I13J", encoded);
    }

    [Fact]
    public void Decoding_gives_back_what_was_encoded()
    {
        var postings = new List<(int, SearchField)>();
        for (var doc = 3; doc < 20_000; doc += 7 + doc % 50)
        {
            postings.Add((doc, (SearchField)(1 + doc % 15)));
        }
        Assert.Equal(postings, SearchPostings.Decode(SearchPostings.Encode(postings)));
    }

    [Fact]
    public void Unsorted_documents_are_refused() =>
        Assert.Throws<ArgumentException>(() => SearchPostings.Encode([(5, SearchField.Body), (5, SearchField.Title)]));
}
