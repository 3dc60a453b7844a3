using Digest.Site.Indexing;
using Digest.Site.Rendering.ViewModels;

namespace Digest.Site.Output.Feeds;

/// <summary>Which feeds the site has, and which of them each page links with <c>&lt;link rel="alternate"&gt;</c>.</summary>
internal static class FeedCatalog
{
    /// <summary>Entries per feed: the newest ones.</summary>
    public const int EntriesPerFeed = 20;

    public const string AtomType = FeedLinkView.AtomType;

    public const string JsonType = FeedLinkView.JsonType;

    /// <summary>The digest's feed, then one per topic and one per expert.</summary>
    public static List<FeedDefinition> All(SiteIndex index)
    {
        var title = index.Settings.Title;
        var feeds = new List<FeedDefinition>(1 + index.Topics.Count + index.Experts.Count)
        {
            new(string.Empty, title, index.Settings.Description, "index.html", Newest(index.Articles)),
        };
        foreach (var topic in index.Topics)
        {
            feeds.Add(new($"topics/{topic.Slug}/", $"{topic.Label} – {title}", topic.Description, topic.OutputPath, Newest(topic.Articles)));
        }
        foreach (var expert in index.Experts)
        {
            feeds.Add(new($"experts/{expert.Slug}/", $"{expert.Name} – {title}", expert.Role, expert.OutputPath, Newest(expert.Articles)));
        }
        return feeds;
    }

    /// <summary>
    /// The hook for <see cref="Rendering.PageRenderer.FeedLinks"/>: every page links the digest's feeds; topic
    /// and expert pages link their own first.
    /// </summary>
    public static Func<string, string?, IReadOnlyList<FeedLinkView>> LinksFor(SiteIndex index)
    {
        var site = Links(string.Empty, index.Settings.Title);
        var own = new Dictionary<string, IReadOnlyList<FeedLinkView>>(StringComparer.Ordinal);
        foreach (var topic in index.Topics)
        {
            own["topic/" + topic.Slug] = [.. Links($"topics/{topic.Slug}/", topic.Label), .. site];
        }
        foreach (var expert in index.Experts)
        {
            own["expert/" + expert.Slug] = [.. Links($"experts/{expert.Slug}/", expert.Name), .. site];
        }
        return (kind, slug) => slug is not null && own.TryGetValue(kind + "/" + slug, out var links) ? links : site;
    }

    private static FeedLinkView[] Links(string folder, string title) =>
    [
        new(AtomType, title + " (Atom)", folder + "feed.xml"),
        new(JsonType, title + " (JSON Feed)", folder + "feed.json"),
    ];

    private static List<ArticleEntry> Newest(IReadOnlyList<ArticleEntry> newestFirst)
    {
        var n = Math.Min(EntriesPerFeed, newestFirst.Count);
        var list = new List<ArticleEntry>(n);
        for (var i = 0; i < n; i++)
        {
            list.Add(newestFirst[i]);
        }
        return list;
    }
}
