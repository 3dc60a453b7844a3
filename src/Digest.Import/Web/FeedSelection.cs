namespace Digest.Import.Web;

/// <summary>Which items of a feed an import looks at: those since a date (undated ones are then left out), at most N.</summary>
public static class FeedSelection
{
    public static List<FeedItem> Select(Feed feed, int? limit, DateTimeOffset? since)
    {
        var result = new List<FeedItem>();
        foreach (var item in feed.Items)
        {
            if (limit is { } max && result.Count >= max)
            {
                break;
            }
            if (since is { } from && (item.Published is not { } published || published < from))
            {
                continue;
            }
            result.Add(item);
        }
        return result;
    }
}
