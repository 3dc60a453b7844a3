using System.Collections.Concurrent;
using Digest.Core.Diagnostics;
using Digest.Core.Model;
using Digest.Site.Indexing;

namespace Digest.Site.Output.Feeds;

/// <summary>
/// Writes <c>feed.xml</c> (Atom) and <c>feed.json</c> (JSON Feed 1.1) for the digest, each topic and each expert.
/// Feeds need absolute links; without <c>base_url</c> they are written with relative links and one warning.
/// <c>updated</c> is the newest entry's date, never the build time, so output stays byte-identical.
/// </summary>
public sealed class FeedGenerator : IOutputGenerator
{
    /// <summary>The feed-level date of a feed without entries.</summary>
    public const string EmptyFeedUpdated = "1970-01-01T00:00:00+00:00";

    public void Generate(RenderedSite site, OutputSet output, DiagnosticBag diagnostics)
    {
        var settings = site.Index.Settings;
        var baseUrl = settings.BaseUrl;
        if (baseUrl is null)
        {
            diagnostics.Warning(Loading.DisplayPath.For(Path.Combine(site.Options.InputDir, "site.yml")), 0, 0,
                "base_url is not set, so the feeds use relative links, which many feed readers cannot follow (set base_url in site.yml or pass --base-url)",
                "feed-relative-links");
        }
        var info = new FeedSiteInfo(settings.Language, settings.Author ?? settings.Title);
        var feeds = FeedCatalog.All(site.Index);
        // Content differs only by the feed folder's depth (or not at all with a base URL), so entries are cached per depth.
        var cache = new ConcurrentDictionary<(int Article, int Depth), FeedEntry>();
        Parallel.ForEach(feeds, feed =>
        {
            var atomUrls = new FeedUrls(baseUrl, feed.AtomPath);
            var depth = baseUrl is null ? feed.Folder.Split('/', StringSplitOptions.RemoveEmptyEntries).Length : 0;
            var entries = new List<FeedEntry>(feed.Articles.Count);
            var updated = EmptyFeedUpdated;
            ArticleDate? newest = null;
            foreach (var article in feed.Articles)
            {
                entries.Add(cache.GetOrAdd((article.Index, depth), _ => Entry(site, article, atomUrls)));
                var date = article.Article.Updated is { } u && u > article.Article.Date ? u : article.Article.Date;
                if (newest is null || date > newest.Value)
                {
                    newest = date;
                }
            }
            if (newest is { } n)
            {
                updated = n.ToRfc3339();
            }
            output.Add(feed.AtomPath, AtomFeedWriter.Write(feed, entries, info, atomUrls, updated));
            output.Add(feed.JsonPath, JsonFeedWriter.Write(feed, entries, info, new FeedUrls(baseUrl, feed.JsonPath)));
        });
    }

    private static FeedEntry Entry(RenderedSite site, ArticleEntry article, FeedUrls urls)
    {
        var body = site.Bodies[article.Index];
        var content = body is null ? string.Empty : FeedContent.Rebase(body.Html, article.OutputPath, urls.To);
        var a = article.Article;
        var updated = a.Updated is { } u && u > a.Date ? u : a.Date;
        return new FeedEntry(article, site.Views.Card(article).Summary, content, a.Date.ToRfc3339(), updated.ToRfc3339());
    }
}
