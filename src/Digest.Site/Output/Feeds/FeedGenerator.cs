using Digest.Core.Diagnostics;
using Digest.Core.Model;
using Digest.Site.Indexing;
using Digest.Site.Rendering;

namespace Digest.Site.Output.Feeds;

/// <summary>
/// Writes <c>feed.xml</c> (Atom) and <c>feed.json</c> (JSON Feed 1.1) for the digest, each topic and each expert.
/// Feeds need absolute links; without <c>base_url</c> they are written with relative links and one warning.
/// <c>updated</c> is the newest entry's date, never the build time, so output stays byte-identical.
/// </summary>
internal sealed class FeedGenerator : IOutputGenerator
{
    /// <summary>The feed-level date of a feed without entries.</summary>
    public const string EmptyFeedUpdated = "1970-01-01T00:00:00+00:00";

    /// <summary>Entries listed by at least this many feeds of one depth are rendered once ahead and copied.</summary>
    private const int MinSharedUses = 2;

    public void Generate(RenderedSite site, OutputSet output, DiagnosticBag diagnostics)
    {
        var settings = site.Index.Settings;
        var baseUrl = settings.BaseUrl;
        if (baseUrl is null)
        {
            diagnostics.Warning(Loading.DisplayPath.For(Path.Combine(site.Options.InputDir, "site.yml")), 0, 0,
                "base_url is not set, so the feeds use relative links, which many feed readers cannot follow (set base_url in site.yml or pass --base-url)",
                DiagnosticCodes.FeedsWithoutBaseUrl);
        }
        var info = new FeedSiteInfo(settings.Language, settings.Author ?? settings.Title);
        var feeds = FeedCatalog.All(site.Index);
        var depths = new int[feeds.Count];
        var maxDepth = 0;
        for (var i = 0; i < feeds.Count; i++)
        {
            // Entry links differ only by the depth of the feed's folder, and not at all with a base URL.
            depths[i] = baseUrl is null ? FeedUrls.Depth(feeds[i].Folder) : 0;
            maxDepth = Math.Max(maxDepth, depths[i]);
        }
        var entryUrls = new FeedUrls[maxDepth + 1];
        for (var d = 0; d <= maxDepth; d++)
        {
            entryUrls[d] = FeedUrls.ForEntries(baseUrl, d);
        }
        // A rebuild keeps every feed whose entries and settings are unchanged; only the others are rendered.
        var reuse = site.Reuse;
        var prints = new (byte[] Atom, byte[] Json)?[feeds.Count];
        var todo = new List<int>(feeds.Count);
        if (!reuse.Keeps)
        {
            for (var i = 0; i < feeds.Count; i++)
            {
                todo.Add(i);
            }
        }
        else
        {
            var entryPrints = new byte[]?[site.Index.Articles.Count];
            var kept = new bool[feeds.Count];
            Parallel.For(0, feeds.Count, i =>
            {
                var feed = feeds[i];
                var entries = new List<byte[]>(feed.Articles.Count);
                foreach (var article in feed.Articles)
                {
                    // Two threads may hash the same entry at once; both get the same bytes.
                    entries.Add(entryPrints[article.Index] ??= FeedFingerprint.Entry(site, article));
                }
                var updated = Updated(feed.Articles);
                var print = (FeedFingerprint.Feed("atom", feed, info, baseUrl, updated, entries), FeedFingerprint.Feed("json", feed, info, baseUrl, updated, entries));
                prints[i] = print;
                kept[i] = reuse.TryKeep(feed.AtomPath, print.Item1, output) & reuse.TryKeep(feed.JsonPath, print.Item2, output);
            });
            for (var i = 0; i < feeds.Count; i++)
            {
                if (!kept[i])
                {
                    todo.Add(i);
                }
            }
        }
        var todoFeeds = new List<FeedDefinition>(todo.Count);
        var todoDepths = new int[todo.Count];
        for (var t = 0; t < todo.Count; t++)
        {
            todoFeeds.Add(feeds[todo[t]]);
            todoDepths[t] = depths[todo[t]];
        }
        var shared = RenderShared(site, todoFeeds, todoDepths, entryUrls);
        Parallel.For(0, todo.Count, () => new FeedFileWriter(), (t, _, writer) =>
        {
            var i = todo[t];
            var feed = feeds[i];
            var depth = depths[i];
            var fresh = new FeedEntry?[feed.Articles.Count];
            var rendered = new EntryFragments?[feed.Articles.Count];
            for (var j = 0; j < rendered.Length; j++)
            {
                var article = feed.Articles[j];
                rendered[j] = shared[depth]?[article.Index];
                if (rendered[j] is null)
                {
                    fresh[j] = Entry(site, article, entryUrls[depth]);
                }
            }
            var atom = writer.Atom(feed, info, Updated(feed.Articles), new FeedUrls(baseUrl, feed.AtomPath), entryUrls[depth], fresh, rendered);
            output.Add(feed.AtomPath, atom);
            if (prints[i] is { } print)
            {
                reuse.Made(feed.AtomPath, print.Atom, atom, output);
            }
            var json = writer.Json(feed, info, new FeedUrls(baseUrl, feed.JsonPath), entryUrls[depth], fresh, rendered);
            output.Add(feed.JsonPath, json);
            if (prints[i] is { } again)
            {
                reuse.Made(feed.JsonPath, again.Json, json, output);
            }
            return writer;
        }, writer => writer.Dispose());
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
    /// Renders, once each, the entries that several feeds of the same depth list (indexed [depth][article index];
    /// null where an entry appears only once and is rendered straight into its feed instead).
    /// </summary>
    private static EntryFragments?[]?[] RenderShared(RenderedSite site, List<FeedDefinition> feeds, int[] depths, FeedUrls[] entryUrls)
    {
        var uses = new int[entryUrls.Length][];
        for (var i = 0; i < feeds.Count; i++)
        {
            var counts = uses[depths[i]] ??= new int[site.Index.Articles.Count];
            foreach (var article in feeds[i].Articles)
            {
                counts[article.Index]++;
            }
        }
        var work = new List<(ArticleEntry Article, int Depth)>();
        for (var i = 0; i < feeds.Count; i++)
        {
            var counts = uses[depths[i]];
            foreach (var article in feeds[i].Articles)
            {
                if (counts[article.Index] >= MinSharedUses)
                {
                    // Zero marks the article as queued, so each shared entry is queued once.
                    counts[article.Index] = 0;
                    work.Add((article, depths[i]));
                }
            }
        }
        var shared = new EntryFragments?[]?[entryUrls.Length];
        foreach (var (_, depth) in work)
        {
            shared[depth] ??= new EntryFragments?[site.Index.Articles.Count];
        }
        Parallel.For(0, work.Count, () => new FeedFileWriter(), (i, _, writer) =>
        {
            var (article, depth) = work[i];
            shared[depth]![article.Index] = writer.Fragments(Entry(site, article, entryUrls[depth]), entryUrls[depth]);
            return writer;
        }, writer => writer.Dispose());
        return shared;
    }

    private static ArticleDate LastChange(Article a) => a.Updated is { } u && u > a.Date ? u : a.Date;

    private static FeedEntry Entry(RenderedSite site, ArticleEntry article, FeedUrls urls)
    {
        var a = article.Article;
        if (site.Bodies[article.Index] is not { } body)
        {
            return new FeedEntry(article, site.Views.Card(article).Summary, string.Empty, [], a.Date.ToRfc3339(), LastChange(a).ToRfc3339());
        }
        var html = body.Html;
        return new FeedEntry(article, site.Views.Card(article).Summary, html, LinkRebaser.Edits(html, article.OutputPath, urls.To), a.Date.ToRfc3339(), LastChange(a).ToRfc3339());
    }
}
