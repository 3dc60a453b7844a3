using Digest.Site.Output.Search;

namespace Digest.Site.Caching;

/// <summary>
/// The search index's memo as <see cref="BuildCaches"/> hands it out: the search-terms cache, written as soon as the
/// build's terms are known (so they need not stay in memory while the rest of the site is made), except in a dry run.
/// </summary>
internal sealed class SearchTermsMemo(SearchTermsCache cache, bool save) : ISearchTermsMemo
{
    public bool Keeps => true;

    public SearchTermTable Table => cache.Table;

    public ArticleTerms? TryReuse(SearchTermsKey key) => cache.TryReuse(key);

    public void Remember(IReadOnlyList<SearchTermsKey> keys, IReadOnlyList<ArticleTerms> terms)
    {
        if (save)
        {
            // A failed write only costs the next build some tokenizing; it is not reported.
            cache.Save(keys, terms);
        }
    }
}
