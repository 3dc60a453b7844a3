using Digest.Site.Indexing;
using Digest.Site.Rendering;
using Digest.Site.Rendering.Editions;

namespace Digest.Site.Output.Search;

/// <summary>
/// Editions in the search index: title, summary, introduction and section labels, so a reader finds "the week of the
/// strike" as well as its articles. They follow the articles as documents.
/// </summary>
internal static class EditionSearch
{
    public static ArticleTerms[] Terms(SiteIndex index, EditionViews? editions, SearchTermTable table)
    {
        if (editions is null || index.Editions.Count == 0)
        {
            return [];
        }
        var collector = new SearchTermCollector(table);
        var terms = new ArticleTerms[index.Editions.Count];
        for (var i = 0; i < terms.Length; i++)
        {
            var edition = index.Editions[i];
            var texts = new List<(string, SearchField)> { (edition.Title, SearchField.Title) };
            foreach (var section in edition.Sections)
            {
                if (section.Topic is { } topic)
                {
                    texts.Add((topic.Label, SearchField.Tags));
                }
            }
            if (edition.Summary is { } summary)
            {
                texts.Add((summary, SearchField.Summary));
            }
            if (editions.Introduction(edition) is { } intro)
            {
                texts.Add((intro.PlainText, SearchField.Body));
            }
            terms[i] = collector.Collect(texts);
        }
        return terms;
    }

    public static void AddDocuments(SiteIndex index, ViewModelFactory views, Dictionary<Topic, int> topicNumbers, List<SearchDocument> documents, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var edition = index.Editions[i];
            var date = views.Date(edition.Date);
            var topics = new List<int>();
            foreach (var section in edition.Sections)
            {
                if (section.Topic is { } topic && topicNumbers.TryGetValue(topic, out var number))
                {
                    topics.Add(number);
                }
            }
            documents.Add(new SearchDocument(edition.OutputPath, edition.Title, date.Iso, date.Text, topics, edition.Summary));
        }
    }
}
