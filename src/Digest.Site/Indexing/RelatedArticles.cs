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
        // Each article's list depends only on the (finished) topic and expert lists, so articles are done in parallel,
        // each worker with its own score table.
        Parallel.For(0, newestFirst.Count, static () => new Dictionary<ArticleEntry, int>(), (i, _, scores) =>
        {
            ComputeOne(newestFirst[i], scores);
            return scores;
        }, static _ => { });
    }

    private static void ComputeOne(ArticleEntry entry, Dictionary<ArticleEntry, int> scores)
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
        // Only the best few are kept, so they are picked in one pass instead of sorting every candidate.
        var best = new KeyValuePair<ArticleEntry, int>[Count];
        var kept = 0;
        foreach (var candidate in scores)
        {
            if (kept == Count && !Ranks(candidate, best[Count - 1]))
            {
                continue;
            }
            var at = kept < Count ? kept++ : Count - 1;
            while (at > 0 && Ranks(candidate, best[at - 1]))
            {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = candidate;
        }
        entry.Related.Clear();
        for (var i = 0; i < kept; i++)
        {
            entry.Related.Add(best[i].Key);
        }
    }

    /// <summary>Higher score first; ties go to the newer article (lower index), which makes the order total.</summary>
    private static bool Ranks(KeyValuePair<ArticleEntry, int> a, KeyValuePair<ArticleEntry, int> b) =>
        a.Value != b.Value ? a.Value > b.Value : a.Key.Index < b.Key.Index;

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
