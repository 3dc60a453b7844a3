namespace Digest.Site.Output.Search;

/// <summary>Receives the texts of one article that the search index is made from (see <see cref="SearchInputs"/>).</summary>
public interface ISearchInputVisitor
{
    /// <summary>One non-empty text and the field its terms count for.</summary>
    void Visit(string text, SearchField field);
}
