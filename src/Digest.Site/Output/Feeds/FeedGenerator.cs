using System.Buffers;
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
        var fragments = RenderEntries(site, feeds, baseUrl);
        Parallel.For(0, feeds.Count, i =>
        {
            var feed = feeds[i];
            var depth = EntryDepth(feed, baseUrl);
            var atomParts = new byte[feed.Articles.Count][];
            var jsonParts = new byte[feed.Articles.Count][];
            for (var j = 0; j < feed.Articles.Count; j++)
            {
                var rendered = fragments[depth][feed.Articles[j].Index]!;
                atomParts[j] = rendered.Atom;
                jsonParts[j] = rendered.Json;
            }
            var head = new ArrayBufferWriter<byte>(1024);
            AtomFeedWriter.WriteHead(head, feed, info, new FeedUrls(baseUrl, feed.AtomPath), Updated(feed.Articles));
            output.Add(feed.AtomPath, FeedAssembler.Join(head.WrittenSpan, atomParts, default, AtomFeedWriter.Tail));
            head.ResetWrittenCount();
            JsonFeedWriter.WriteHead(head, feed, info, new FeedUrls(baseUrl, feed.JsonPath));
            output.Add(feed.JsonPath, FeedAssembler.Join(head.WrittenSpan, jsonParts, JsonFeedWriter.Separator, JsonFeedWriter.Tail(jsonParts.Length)));
        });
    }

    /// <summary>The newest date (published or updated) among <paramref name="articles"/>, as RFC 3339.</summary>
    public static string Updated(IReadOnlyList<ArticleEntry> articles)
    {
        ArticleDate? newest = null;
        foreach (var article in articles)
        {
            var date = LastChange(article.Article);
            if (newest is null || date > newest.Value)
            {
                newest = date;
            }
        }
        return newest is { } n ? n.ToRfc3339() : EmptyFeedUpdated;
    }

    /// <summary>
    /// Renders every article some feed lists, once per folder depth (links differ by depth, and not at all with
    /// a base URL), in parallel and in a fixed order; indexed [depth][article index].
    /// </summary>
    private static EntryFragments?[][] RenderEntries(RenderedSite site, List<FeedDefinition> feeds, string? baseUrl)
    {
        var maxDepth = 0;
        foreach (var feed in feeds)
        {
            maxDepth = Math.Max(maxDepth, EntryDepth(feed, baseUrl));
        }
        var byDepth = new EntryFragments?[maxDepth + 1][];
        var work = new List<(ArticleEntry Article, int Depth)>();
        foreach (var feed in feeds)
        {
            var depth = EntryDepth(feed, baseUrl);
            var slots = byDepth[depth] ??= new EntryFragments?[site.Index.Articles.Count];
            foreach (var article in feed.Articles)
            {
                if (slots[article.Index] is null)
                {
                    // A placeholder marks the article as queued; the real fragments replace it below.
                    slots[article.Index] = Queued;
                    work.Add((article, depth));
                }
            }
        }
        var urls = new FeedUrls[maxDepth + 1];
        for (var d = 0; d <= maxDepth; d++)
        {
            urls[d] = FeedUrls.ForEntries(baseUrl, d);
        }
        Parallel.For(0, work.Count, () => new FeedEntryRenderer(), (i, _, renderer) =>
        {
            var (article, depth) = work[i];
            byDepth[depth][article.Index] = renderer.Render(Entry(site, article, urls[depth]), urls[depth]);
            return renderer;
        }, renderer => renderer.Dispose());
        return byDepth;
    }

    private static readonly EntryFragments Queued = new([], []);

    private static int EntryDepth(FeedDefinition feed, string? baseUrl) => baseUrl is null ? FeedUrls.Depth(feed.Folder) : 0;

    private static ArticleDate LastChange(Article a) => a.Updated is { } u && u > a.Date ? u : a.Date;

    private static FeedEntry Entry(RenderedSite site, ArticleEntry article, FeedUrls urls)
    {
        var body = site.Bodies[article.Index];
        var content = body is null ? string.Empty : FeedContent.Rebase(body.Html, article.OutputPath, urls.To);
        var a = article.Article;
        return new FeedEntry(article, site.Views.Card(article).Summary, content, a.Date.ToRfc3339(), LastChange(a).ToRfc3339());
    }
}
