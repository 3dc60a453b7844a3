using Digest.Site.Indexing;

namespace Digest.Site.Output.Feeds;

/// <summary>
/// A hash of exactly what a feed file shows, so a rebuild keeps the feeds none of whose entries changed instead of
/// writing hundreds of megabytes again. Settings, theme and tool build are not part of it: a memo of earlier builds is set aside when they change.
/// </summary>
internal static class FeedFingerprint
{
    /// <summary>The hash of one entry's data: links, dates, names, topics, experts and the rendered body.</summary>
    public static byte[] Entry(RenderedSite site, ArticleEntry article)
    {
        using var stream = new HashingStream();
        var a = article.Article;
        stream.WriteText(article.OutputPath);
        stream.WriteText(a.Title);
        stream.WriteText(site.Views.Card(article).Summary);
        stream.WriteText(a.Date.ToRfc3339());
        stream.WriteText(a.Updated?.ToRfc3339());
        stream.WriteText(a.Author);
        stream.WriteText(article.Lang);
        foreach (var topic in article.Topics)
        {
            stream.WriteText(topic.Slug);
            stream.WriteText(topic.Label);
            stream.WriteText(topic.OutputPath);
        }
        stream.WriteText("|");
        foreach (var expert in article.Experts)
        {
            stream.WriteText(expert.Expert.Name);
            stream.WriteText(expert.Expert.OutputPath);
        }
        stream.WriteText("|");
        if (site.Bodies[article.Index] is { } body)
        {
            stream.Write(body.Fingerprint);
        }
        return stream.Finish();
    }

    /// <summary>The hash of one feed file (<paramref name="format"/> is <c>atom</c> or <c>json</c>) from its settings and its entries' hashes.</summary>
    public static byte[] Feed(string format, FeedDefinition feed, FeedSiteInfo info, string? baseUrl, string updated, IReadOnlyList<byte[]> entries)
    {
        using var stream = new HashingStream();
        stream.WriteText(format);
        stream.WriteText(feed.Folder);
        stream.WriteText(feed.Title);
        stream.WriteText(feed.Description);
        stream.WriteText(feed.PagePath);
        stream.WriteText(info.Language);
        stream.WriteText(info.Author);
        stream.WriteText(baseUrl);
        stream.WriteText(updated);
        foreach (var entry in entries)
        {
            stream.Write(entry);
        }
        return stream.Finish();
    }
}
