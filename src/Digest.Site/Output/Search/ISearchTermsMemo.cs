namespace Digest.Site.Output.Search;

/// <summary>
/// What the search index asks of a memory of earlier builds: each article's terms, recognised by the key of the texts
/// they come from (<see cref="SearchTermsKey"/>), so only articles whose indexed texts changed are tokenized again.
/// Lookups are thread-safe. <see cref="NoSearchTermsMemo"/> remembers nothing.
/// </summary>
internal interface ISearchTermsMemo
{
    /// <summary>False when nothing is kept, so the index need not work out keys.</summary>
    bool Keeps { get; }

    /// <summary>The term ids of this build; remembered terms are ids of this table.</summary>
    SearchTermTable Table { get; }

    /// <summary>The terms remembered for an article with <paramref name="key"/>, or null.</summary>
    ArticleTerms? TryReuse(SearchTermsKey key);

    /// <summary>Remembers this build's articles' terms (<paramref name="keys"/> and <paramref name="terms"/> by article) for the next build.</summary>
    void Remember(IReadOnlyList<SearchTermsKey> keys, IReadOnlyList<ArticleTerms> terms);
}
