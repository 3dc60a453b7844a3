using Digest.Site.Indexing;
using Digest.Site.Rendering;
using Digest.Site.Rendering.Markdown;

namespace Digest.Site.Output.Search;

/// <summary>
/// Collects every published article's terms by field (<see cref="SearchInputs"/>: title, topics and experts,
/// summary, body) and merges them into postings. Only <see cref="SiteIndex.Articles"/> is read, so drafts and
/// future articles that are not published never reach the index.
/// </summary>
internal static class SearchIndexBuilder
{
    public static SearchIndexData Build(SiteIndex index, IReadOnlyList<RenderedBody?> bodies, ViewModelFactory views, ISearchTermsMemo? memo = null,
        Rendering.Editions.EditionViews? editions = null)
    {
        memo ??= new NoSearchTermsMemo();
        var table = memo.Table;
        var terms = CollectTerms(index.Articles, bodies, table, memo, out var keys);
        if (keys is not null)
        {
            memo.Remember(keys, terms);
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
    /// Each article's terms (by position in <paramref name="articles"/>), taken from <paramref name="memo"/> when it
    /// remembers exactly the article's indexed texts, otherwise tokenized. <paramref name="keys"/> are the articles' keys
    /// (null when the memo keeps nothing). <paramref name="table"/> must be the memo's <see cref="ISearchTermsMemo.Table"/>.
    /// </summary>
    public static ArticleTerms[] CollectTerms(IReadOnlyList<ArticleEntry> articles, IReadOnlyList<RenderedBody?> bodies, SearchTermTable table,
        ISearchTermsMemo memo, out SearchTermsKey[]? keys)
    {
        if (memo.Keeps && !ReferenceEquals(memo.Table, table))
        {
            throw new ArgumentException("remembered terms are ids of the memo's own table", nameof(table));
        }
        var terms = new ArticleTerms[articles.Count];
        var articleKeys = memo.Keeps ? new SearchTermsKey[articles.Count] : null;
        Parallel.For(0, articles.Count, () => new SearchTermCollector(table), (i, _, collector) =>
        {
            if (articleKeys is not null)
            {
                articleKeys[i] = SearchTermsKey.Of(articles[i], bodies[i]);
                if (memo.TryReuse(articleKeys[i]) is { } reused)
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
