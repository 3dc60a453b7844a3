using Digest.Site.Rendering.Markdown;

namespace Digest.Site.Output.Search;

/// <summary>Receives the texts of one article that the search index is made from (see <see cref="SearchInputs"/>).</summary>
internal interface ISearchInputVisitor
{
    /// <summary>One non-empty text and the field its terms count for.</summary>
    void Visit(string text, SearchField field);

    /// <summary>The rendered body, indexed as its plain text in <see cref="SearchField.Body"/>.</summary>
    void VisitBody(RenderedBody body);
}
