namespace Digest.Site.Indexing;

/// <summary>
/// Related articles by shared experts (weight 2) and topics (weight 1). Candidates come only from
/// each article's nearest neighbours in every shared topic or expert list, so the work grows
/// linearly with the number of articles instead of comparing every pair.
/// </summary>
public static class RelatedArticles
{
    public const int Count = 5;

    /// <summary>How many neighbours on each side of an article are looked at in each list.</summary>
    public const int Window = 40;

    public static void Compute(IReadOnlyList<ArticleEntry> newestFirst)
    {
        var scores = new Dictionary<ArticleEntry, int>();
        foreach (var entry in newestFirst)
        {
            scores.Clear();
            foreach (var topic in entry.Topics)
            {
                AddNeighbours(topic.Articles, entry, 1, scores);
            }
            foreach (var cited in entry.Experts)
            {
                AddNeighbours(cited.Expert.Articles, entry, 2, scores);
            }
            var ranked = new List<KeyValuePair<ArticleEntry, int>>(scores);
            ranked.Sort(static (a, b) =>
            {
                var c = b.Value.CompareTo(a.Value);
                return c != 0 ? c : a.Key.Index.CompareTo(b.Key.Index);
            });
            entry.Related.Clear();
            for (var i = 0; i < ranked.Count && i < Count; i++)
            {
                entry.Related.Add(ranked[i].Key);
            }
        }
    }

    private static void AddNeighbours(List<ArticleEntry> list, ArticleEntry entry, int weight, Dictionary<ArticleEntry, int> scores)
    {
        // Lists are newest first, like the article list, so the entry's position is found by binary search on Index.
        var lo = 0;
        var hi = list.Count - 1;
        var pos = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var idx = list[mid].Index;
            if (idx == entry.Index)
            {
                pos = mid;
                break;
            }
            if (idx < entry.Index)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        if (pos < 0)
        {
            return;
        }
        var from = Math.Max(0, pos - Window);
        var to = Math.Min(list.Count - 1, pos + Window);
        for (var i = from; i <= to; i++)
        {
            var other = list[i];
            if (other == entry)
            {
                continue;
            }
            scores[other] = scores.GetValueOrDefault(other) + weight;
        }
    }
}
