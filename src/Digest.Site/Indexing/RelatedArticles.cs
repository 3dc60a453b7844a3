namespace Digest.Site.Indexing;

/// <summary>
/// Related articles by shared experts (weight 2) and topics (weight 1). Candidates come only from
/// each article's nearest neighbours in every shared topic or expert list, so the work grows
/// linearly with the number of articles instead of comparing every pair.
/// </summary>
internal static class RelatedArticles
{
    public const int Count = 5;

    /// <summary>How many neighbours on each side of an article are looked at in each list.</summary>
    public const int Window = 40;

    public static void Compute(IReadOnlyList<ArticleEntry> newestFirst)
    {
        // Lists become arrays of article indexes once, so scoring touches plain ints instead of hashing entries.
        var byIndex = ByIndex(newestFirst);
        var topicPostings = new Dictionary<Topic, int[]>();
        var expertPostings = new Dictionary<Expert, int[]>();
        foreach (var entry in newestFirst)
        {
            foreach (var topic in entry.Topics)
            {
                if (!topicPostings.ContainsKey(topic))
                {
                    topicPostings[topic] = Indexes(topic.Articles);
                }
            }
            foreach (var cited in entry.Experts)
            {
                if (!expertPostings.ContainsKey(cited.Expert))
                {
                    expertPostings[cited.Expert] = Indexes(cited.Expert.Articles);
                }
            }
        }
        // Each article's list depends only on the finished postings, so articles are done in parallel,
        // each worker with its own score table (reset through the list of touched slots, not cleared whole).
        Parallel.For(0, newestFirst.Count, () => new ScoreTable(byIndex.Length), (i, _, table) =>
        {
            var entry = newestFirst[i];
            foreach (var topic in entry.Topics)
            {
                AddNeighbours(topicPostings[topic], entry.Index, 1, table);
            }
            foreach (var cited in entry.Experts)
            {
                AddNeighbours(expertPostings[cited.Expert], entry.Index, 2, table);
            }
            Span<int> best = stackalloc int[Count];
            var kept = PickBest(table.Scores, table.Touched, table.TouchedCount, best);
            entry.Related.Clear();
            for (var k = 0; k < kept; k++)
            {
                entry.Related.Add(byIndex[best[k]]!);
            }
            table.Reset();
            return table;
        }, static _ => { });
    }

    /// <summary>
    /// Writes the indexes of the best-scoring touched slots into <paramref name="best"/> (at most its length), best first:
    /// higher score first, ties to the newer article (lower index), which makes the order total. Returns how many were written.
    /// </summary>
    internal static int PickBest(int[] scores, int[] touched, int touchedCount, Span<int> best)
    {
        // Only the best few are kept, so they are picked in one pass instead of sorting every candidate.
        var kept = 0;
        for (var t = 0; t < touchedCount; t++)
        {
            var candidate = touched[t];
            if (kept == best.Length && !Ranks(candidate, best[^1], scores))
            {
                continue;
            }
            var at = kept < best.Length ? kept++ : best.Length - 1;
            while (at > 0 && Ranks(candidate, best[at - 1], scores))
            {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = candidate;
        }
        return kept;
    }

    private static bool Ranks(int a, int b, int[] scores) =>
        scores[a] != scores[b] ? scores[a] > scores[b] : a < b;

    private static ArticleEntry?[] ByIndex(IReadOnlyList<ArticleEntry> entries)
    {
        var size = 0;
        foreach (var entry in entries)
        {
            size = Math.Max(size, entry.Index + 1);
        }
        var byIndex = new ArticleEntry?[size];
        foreach (var entry in entries)
        {
            byIndex[entry.Index] = entry;
        }
        return byIndex;
    }

    private static int[] Indexes(List<ArticleEntry> list)
    {
        var indexes = new int[list.Count];
        for (var i = 0; i < indexes.Length; i++)
        {
            indexes[i] = list[i].Index;
        }
        return indexes;
    }

    private static void AddNeighbours(int[] list, int index, int weight, ScoreTable table)
    {
        // Lists are newest first, like the article list, so the entry's position is found by binary search on its index.
        var pos = Array.BinarySearch(list, index);
        if (pos < 0)
        {
            return;
        }
        var from = Math.Max(0, pos - Window);
        var to = Math.Min(list.Length - 1, pos + Window);
        table.EnsureRoom(to - from);
        var scores = table.Scores;
        var touched = table.Touched;
        var count = table.TouchedCount;
        for (var i = from; i <= to; i++)
        {
            if (i == pos)
            {
                continue;
            }
            var other = list[i];
            if (scores[other] == 0)
            {
                touched[count++] = other;
            }
            scores[other] += weight;
        }
        table.TouchedCount = count;
    }
}
