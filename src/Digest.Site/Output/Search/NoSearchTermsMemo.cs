namespace Digest.Site.Output.Search;

/// <summary>Remembers nothing: every article is tokenized (<c>--no-cache</c>). One per build: its table numbers that build's terms.</summary>
internal sealed class NoSearchTermsMemo : ISearchTermsMemo
{
    public bool Keeps => false;

    public SearchTermTable Table { get; } = new();

    public ArticleTerms? TryReuse(SearchTermsKey key) => null;

    public void Remember(IReadOnlyList<SearchTermsKey> keys, IReadOnlyList<ArticleTerms> terms)
    {
    }
}
