using Digest.Site.Output.Search;

namespace Digest.Site.Tests.Output.Search;

public class SearchPostingTableTests
{
    [Fact]
    public void Merge_sorts_terms_and_lists_each_terms_documents_in_order_with_their_fields()
    {
        string[] byId = ["see", "berg", "tal"];
        ArticleTerms[] articles =
        [
            new([0, 1], [(byte)SearchField.Title, (byte)SearchField.Body]),
            new([1], [(byte)(SearchField.Body | SearchField.Summary)]),
            new([1, 0], [(byte)SearchField.Tags, (byte)SearchField.Body]),
        ];

        var table = SearchPostingTable.Merge(articles, byId);

        Assert.Equal(["berg", "see"], table.Terms);
        Assert.Equal([(0, SearchField.Body), (1, SearchField.Body | SearchField.Summary), (2, SearchField.Tags)], SearchPostings.Decode(table.Encoded(0)));
        Assert.Equal([(0, SearchField.Title), (2, SearchField.Body)], SearchPostings.Decode(table.Encoded(1)));
        Assert.Equal(SearchPostings.Encode([(0, SearchField.Title), (2, SearchField.Body)]), table.Encoded(1));
    }
}
