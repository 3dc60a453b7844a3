using System.Runtime.InteropServices;
using Digest.Site.Indexing;
using Digest.Site.Rendering;
using Digest.Site.Rendering.Markdown;

namespace Digest.Site.Output.Search;

/// <summary>
/// Collects every published article's terms by field: title, topics and experts (labels, aliases, names,
/// people), summary, body. Only <see cref="SiteIndex.Articles"/> is read, so drafts and future articles
/// that are not published never reach the index.
/// </summary>
public static class SearchIndexBuilder
{
    public static SearchIndexData Build(SiteIndex index, IReadOnlyList<RenderedBody?> bodies, ViewModelFactory views)
    {
        var count = index.Articles.Count;
        var perDoc = new Dictionary<string, SearchField>[count];
        Parallel.For(0, count, i => perDoc[i] = Fields(index.Articles[i], bodies[i]));

        var topicNumbers = new Dictionary<Topic, int>();
        var topics = new List<(string, string)>(index.Topics.Count);
        foreach (var topic in index.Topics)
        {
            topicNumbers[topic] = topics.Count;
            topics.Add((topic.Label, topic.OutputPath));
        }

        var lists = new Dictionary<string, List<(int, SearchField)>>(StringComparer.Ordinal);
        var documents = new List<SearchDocument>(count);
        for (var i = 0; i < count; i++)
        {
            var entry = index.Articles[i];
            var card = views.Card(entry);
            var docTopics = new List<int>(entry.Topics.Count);
            foreach (var t in entry.Topics)
            {
                docTopics.Add(topicNumbers[t]);
            }
            documents.Add(new SearchDocument(entry.OutputPath, entry.Article.Title, card.Date.Iso, card.Date.Text, docTopics, card.Summary));
            foreach (var (term, mask) in perDoc[i])
            {
                if (!lists.TryGetValue(term, out var list))
                {
                    list = [];
                    lists[term] = list;
                }
                list.Add((i, mask));
            }
        }

        var postings = new Dictionary<string, string>(lists.Count, StringComparer.Ordinal);
        foreach (var (term, list) in lists)
        {
            postings[term] = SearchPostings.Encode(list);
        }
        return new SearchIndexData(documents, topics, postings);
    }

    /// <summary>Term → the fields of one article it occurs in.</summary>
    public static Dictionary<string, SearchField> Fields(ArticleEntry entry, RenderedBody? body)
    {
        var fields = new Dictionary<string, SearchField>(StringComparer.Ordinal);
        void In(string? text, SearchField field)
        {
            if (!string.IsNullOrEmpty(text))
            {
                SearchTokenizer.Terms(text, term => CollectionsMarshal.GetValueRefOrAddDefault(fields, term, out _) |= field);
            }
        }

        var a = entry.Article;
        In(a.Title, SearchField.Title);
        foreach (var topic in entry.Topics)
        {
            In(topic.Label, SearchField.Tags);
            foreach (var alias in topic.Aliases)
            {
                In(alias, SearchField.Tags);
            }
        }
        foreach (var expert in entry.Experts)
        {
            In(expert.Expert.Name, SearchField.Tags);
            foreach (var alias in expert.Expert.Aliases)
            {
                In(alias, SearchField.Tags);
            }
        }
        foreach (var person in a.People)
        {
            In(person, SearchField.Tags);
        }
        In(a.Summary, SearchField.Summary);
        In(body?.PlainText ?? a.Body, SearchField.Body);
        return fields;
    }
}
