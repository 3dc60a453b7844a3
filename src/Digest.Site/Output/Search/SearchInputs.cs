using Digest.Site.Indexing;
using Digest.Site.Rendering.Markdown;

namespace Digest.Site.Output.Search;

/// <summary>
/// The one place that decides which texts of an article are indexed, in which field and in which order: title,
/// topics (labels and aliases), experts (names and aliases), people, summary, body. Both the tokenizer and the
/// key of the search-terms cache walk these texts, so the cache key covers exactly what the terms come from.
/// </summary>
internal static class SearchInputs
{
    public static void Visit<TVisitor>(ArticleEntry entry, RenderedBody? body, TVisitor visitor)
        where TVisitor : ISearchInputVisitor
    {
        var a = entry.Article;
        In(visitor, a.Title, SearchField.Title);
        foreach (var topic in entry.Topics)
        {
            In(visitor, topic.Label, SearchField.Tags);
            foreach (var alias in topic.Aliases)
            {
                In(visitor, alias, SearchField.Tags);
            }
        }
        foreach (var expert in entry.Experts)
        {
            In(visitor, expert.Expert.Name, SearchField.Tags);
            foreach (var alias in expert.Expert.Aliases)
            {
                In(visitor, alias, SearchField.Tags);
            }
        }
        foreach (var person in a.People)
        {
            In(visitor, person, SearchField.Tags);
        }
        In(visitor, a.Summary, SearchField.Summary);
        if (body is not null)
        {
            visitor.VisitBody(body);
        }
        else
        {
            In(visitor, a.Body, SearchField.Body);
        }
    }

    private static void In<TVisitor>(TVisitor visitor, string? text, SearchField field)
        where TVisitor : ISearchInputVisitor
    {
        if (!string.IsNullOrEmpty(text))
        {
            visitor.Visit(text, field);
        }
    }
}
