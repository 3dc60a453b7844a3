using Digest.Core.Diagnostics;
using Digest.Core.Model;
using Digest.Site.Loading;

namespace Digest.Site.Indexing;

/// <summary>
/// Decides what is published and connects it: slugs, topics, experts, related articles, neighbours.
/// Everything is ordered deterministically so the same input always yields the same site.
/// </summary>
internal static class SiteIndexer
{
    public static SiteIndex Index(SiteContent content, BuildOptions options, DiagnosticBag diagnostics)
    {
        var published = new List<Article>(content.Articles.Count);
        foreach (var article in content.Articles)
        {
            if (article.Draft && !options.IncludeDrafts)
            {
                continue;
            }
            if (!options.IncludeFuture && article.Date.Start > options.Now)
            {
                continue;
            }
            published.Add(article);
        }
        published = SortNewestFirst(published);

        var entries = AllocateSlugs(published, content.Settings.Language, diagnostics);
        var topics = new TopicResolver(content.Topics);
        var experts = new ExpertResolver(content.Experts, diagnostics);
        var byStem = new Dictionary<string, ArticleEntry>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            entry.Index = i;
            byStem.TryAdd(entry.Article.FileStem, entry);
            foreach (var topicRef in entry.Article.Topics)
            {
                var topic = topics.Resolve(topicRef.Name);
                if (topic is not null && !entry.Topics.Contains(topic))
                {
                    entry.Topics.Add(topic);
                    topic.Articles.Add(entry);
                }
            }
            foreach (var expertRef in entry.Article.Experts)
            {
                var expert = experts.Resolve(expertRef, entry);
                if (expert is null || Cites(entry, expert))
                {
                    continue;
                }
                entry.Experts.Add(new ArticleExpert(expert, expertRef.Role, expertRef.Org));
                expert.Articles.Add(entry);
                foreach (var quote in expertRef.Quotes)
                {
                    expert.Quotes.Add(new ExpertQuote(quote, entry));
                }
            }
            entry.Newer = i > 0 ? entries[i - 1] : null;
            entry.Older = i + 1 < entries.Count ? entries[i + 1] : null;
        }
        RelatedArticles.Compute(entries);

        var unpublished = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in content.Articles)
        {
            if (!byStem.ContainsKey(article.FileStem))
            {
                unpublished.Add(article.FileStem);
            }
        }
        return new SiteIndex(content.Settings, entries, topics.Used(), experts.Used(), byStem, unpublished, content.StaticFiles);
    }

    private static bool Cites(ArticleEntry entry, Expert expert)
    {
        foreach (var cited in entry.Experts)
        {
            if (cited.Expert == expert)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The same order as <see cref="NewestFirst"/>, with each date's comparable parts taken out once
    /// instead of being worked out again in every comparison.
    /// </summary>
    internal static List<Article> SortNewestFirst(List<Article> articles)
    {
        var keys = new DateKey[articles.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            var date = articles[i].Date;
            keys[i] = new DateKey(date.Start.UtcTicks, (int)date.Precision, i);
        }
        Array.Sort(keys, (a, b) =>
        {
            var c = b.Ticks.CompareTo(a.Ticks);
            if (c != 0)
            {
                return c;
            }
            c = b.Precision.CompareTo(a.Precision);
            if (c != 0)
            {
                return c;
            }
            var x = articles[a.Position];
            var y = articles[b.Position];
            c = string.CompareOrdinal(x.Title, y.Title);
            return c != 0 ? c : string.CompareOrdinal(x.SourcePath, y.SourcePath);
        });
        var sorted = new List<Article>(keys.Length);
        foreach (var key in keys)
        {
            sorted.Add(articles[key.Position]);
        }
        return sorted;
    }

    private readonly record struct DateKey(long Ticks, int Precision, int Position);

    /// <summary>Newest first; ties by title, then file, so order never depends on the file system.</summary>
    public static int NewestFirst(Article a, Article b)
    {
        var c = b.Date.CompareTo(a.Date);
        if (c != 0)
        {
            return c;
        }
        c = string.CompareOrdinal(a.Title, b.Title);
        return c != 0 ? c : string.CompareOrdinal(a.SourcePath, b.SourcePath);
    }

    /// <summary>The slug an article asks for: its own, else one made from its title or file name.</summary>
    private static string WantedSlug(Article article)
    {
        var wanted = article.Slug ?? Core.Text.Slug.From(article.Title);
        if (wanted.Length == 0)
        {
            wanted = Core.Text.Slug.From(article.FileStem);
        }
        return wanted.Length == 0 ? "article" : wanted;
    }

    /// <summary>
    /// Gives each article a unique slug. Older articles claim theirs first, so adding a newer article
    /// never changes an existing article's address.
    /// </summary>
    internal static List<ArticleEntry> AllocateSlugs(IReadOnlyList<Article> newestFirst, string siteLanguage, DiagnosticBag diagnostics)
    {
        var taken = new Dictionary<string, Article>(StringComparer.Ordinal);
        var slugs = new string[newestFirst.Count];
        // Each article's wished-for slug depends on it alone, so those are made in parallel; claiming them is ordered.
        Parallel.For(0, newestFirst.Count, i => slugs[i] = WantedSlug(newestFirst[i]));
        for (var i = newestFirst.Count - 1; i >= 0; i--)
        {
            var article = newestFirst[i];
            var wanted = slugs[i];
            var slug = wanted;
            for (var n = 2; taken.ContainsKey(slug); n++)
            {
                slug = $"{wanted}-{n}";
            }
            if (slug != wanted)
            {
                diagnostics.Warning(article.SourcePath, article.SlugSpan.Line, article.SlugSpan.Column,
                    $"slug '{wanted}' is already used by {taken[wanted].SourcePath}; this article is published as '{slug}' (set 'slug:' to choose another)", DiagnosticCodes.ArticleSlugTaken);
            }
            taken[slug] = article;
            slugs[i] = slug;
        }
        var entries = new List<ArticleEntry>(newestFirst.Count);
        for (var i = 0; i < newestFirst.Count; i++)
        {
            entries.Add(new ArticleEntry(newestFirst[i], slugs[i], newestFirst[i].Lang ?? siteLanguage));
        }
        return entries;
    }
}
