using Digest.Site.Caching;
using Digest.Site.Indexing;
using Digest.Site.Rendering;
using Digest.Site.Rendering.Markdown;

namespace Digest.Site.Output.Search;

/// <summary>
/// Collects every published article's terms by field (<see cref="SearchInputs"/>: title, topics and experts,
/// summary, body) and merges them into postings. Only <see cref="SiteIndex.Articles"/> is read, so drafts and
/// future articles that are not published never reach the index.
/// </summary>
public static class SearchIndexBuilder
{
    public static SearchIndexData Build(SiteIndex index, IReadOnlyList<RenderedBody?> bodies, ViewModelFactory views, SearchTermsCache? cache = null,
        bool saveCache = true, Rendering.Editions.EditionViews? editions = null)
    {
        var table = cache?.Table ?? new SearchTermTable();
        var terms = CollectTerms(index.Articles, bodies, table, cache, out var keys);
        if (cache is not null && saveCache)
        {
            cache.Save(keys!, terms);
        }
        // Editions are documents after the articles: few, and their terms are never cached.
        var editionTerms = EditionSearch.Terms(index, editions, table);
        if (editionTerms.Length > 0)
        {
            terms = [.. terms, .. editionTerms];
        }
        var postings = SearchPostingTable.Merge(terms, table.Terms());

        var topicNumbers = new Dictionary<Topic, int>();
        var topics = new List<(string, string)>(index.Topics.Count);
        foreach (var topic in index.Topics)
        {
            topicNumbers[topic] = topics.Count;
            topics.Add((topic.Label, topic.OutputPath));
        }
        var documents = new List<SearchDocument>(index.Articles.Count);
        foreach (var entry in index.Articles)
        {
            var card = views.Card(entry);
            var docTopics = new List<int>(entry.Topics.Count);
            foreach (var t in entry.Topics)
            {
                docTopics.Add(topicNumbers[t]);
            }
            documents.Add(new SearchDocument(entry.OutputPath, entry.Article.Title, card.Date.Iso, card.Date.Text, docTopics, card.Summary));
        }
        EditionSearch.AddDocuments(index, views, topicNumbers, documents, editionTerms.Length);
        return new SearchIndexData(documents, topics, postings);
    }

    /// <summary>
    /// Each article's terms (by position in <paramref name="articles"/>), taken from <paramref name="cache"/> when it
    /// holds an entry for exactly the article's indexed texts, otherwise tokenized. <paramref name="keys"/> are the
    /// articles' cache keys (null without a cache). With a cache, <paramref name="table"/> must be its <see cref="SearchTermsCache.Table"/>.
    /// </summary>
    public static ArticleTerms[] CollectTerms(IReadOnlyList<ArticleEntry> articles, IReadOnlyList<RenderedBody?> bodies, SearchTermTable table,
        SearchTermsCache? cache, out SearchTermsKey[]? keys)
    {
        if (cache is not null && !ReferenceEquals(cache.Table, table))
        {
            throw new ArgumentException("cached terms are ids of the cache's own table", nameof(table));
        }
        var terms = new ArticleTerms[articles.Count];
        var articleKeys = cache is null ? null : new SearchTermsKey[articles.Count];
        Parallel.For(0, articles.Count, () => new SearchTermCollector(table), (i, _, collector) =>
        {
            if (articleKeys is not null)
            {
                articleKeys[i] = SearchTermsKey.Of(articles[i], bodies[i]);
                if (cache!.TryReuse(articleKeys[i]) is { } reused)
                {
                    terms[i] = reused;
                    return collector;
                }
            }
            terms[i] = collector.Collect(articles[i], bodies[i]);
            return collector;
        }, static _ => { });
        keys = articleKeys;
        return terms;
    }
}
