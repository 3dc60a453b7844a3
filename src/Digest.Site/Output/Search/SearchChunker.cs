namespace Digest.Site.Output.Search;

/// <summary>
/// Splits the term dictionary into chunks named by a term prefix, so a query loads only the chunks its words
/// can match. Terms starting with one character form a chunk; a chunk larger than the budget is split by the
/// next character, recursively. A term always lives in the chunk whose key is the longest key that is a
/// prefix of it (a term equal to a split key stays in that key's chunk).
/// </summary>
public static class SearchChunker
{
    /// <summary>Assigns each term (with its size in bytes) a chunk key; returns key → terms, keys and terms sorted ordinally.</summary>
    public static SortedDictionary<string, List<string>> Chunk(IReadOnlyDictionary<string, int> termSizes, int budget)
    {
        var sorted = new List<string>(termSizes.Keys);
        sorted.Sort(string.CompareOrdinal);
        var chunks = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        var start = 0;
        while (start < sorted.Count)
        {
            var first = sorted[start][0];
            var end = start;
            while (end < sorted.Count && sorted[end][0] == first)
            {
                end++;
            }
            Split(sorted, start, end, 1, termSizes, budget, chunks);
            start = end;
        }
        return chunks;
    }

    /// <summary>The chunk a term lives in: the longest key that is a prefix of it (keys as returned by <see cref="Chunk"/>).</summary>
    public static string? ChunkOf(string term, IReadOnlyCollection<string> keys)
    {
        string? best = null;
        foreach (var key in keys)
        {
            if (term.StartsWith(key, StringComparison.Ordinal) && (best is null || key.Length > best.Length))
            {
                best = key;
            }
        }
        return best;
    }

    /// <summary>
    /// A file-name-safe form of a key: <c>a–z</c> and <c>0–9</c> stay, anything else becomes <c>_</c> and four hex
    /// digits, so names are ASCII and never differ only by case. The search script computes the same names.
    /// </summary>
    public static string FileName(string key)
    {
        var sb = new System.Text.StringBuilder(key.Length);
        foreach (var ch in key)
        {
            if (ch is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                sb.Append(ch);
            }
            else
            {
                sb.Append('_').Append(((int)ch).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return sb.ToString();
    }

    // Terms [start, end) of the sorted list all share their first `depth` characters.
    private static void Split(List<string> sorted, int start, int end, int depth, IReadOnlyDictionary<string, int> sizes, int budget,
        SortedDictionary<string, List<string>> chunks)
    {
        var key = sorted[start][..depth];
        var total = 0L;
        for (var i = start; i < end; i++)
        {
            total += sizes[sorted[i]];
        }
        if (total <= budget || end - start == 1)
        {
            chunks[key] = sorted.GetRange(start, end - start);
            return;
        }
        var i0 = start;
        // Sorted order puts the term equal to the key (if any) first.
        if (sorted[i0].Length == depth)
        {
            chunks[key] = [sorted[i0]];
            i0++;
        }
        while (i0 < end)
        {
            var next = sorted[i0][depth];
            var j = i0;
            while (j < end && sorted[j][depth] == next)
            {
                j++;
            }
            Split(sorted, i0, j, depth + 1, sizes, budget, chunks);
            i0 = j;
        }
    }
}
