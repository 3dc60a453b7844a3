namespace Digest.Site.Output.Search;

/// <summary>
/// Splits the term dictionary into chunks named by a term prefix, so a query loads only the chunks its words
/// can match. Terms starting with one character form a chunk; a chunk larger than the budget is split by the
/// next character, recursively. A term always lives in the chunk whose key is the longest key that is a
/// prefix of it (a term equal to a split key stays in that key's chunk).
/// </summary>
internal static class SearchChunker
{
    /// <summary>Assigns each term (with its size in bytes) a chunk key; returns key → terms, keys and terms sorted ordinally.</summary>
    public static SortedDictionary<string, List<string>> Chunk(IReadOnlyDictionary<string, int> termSizes, int budget)
    {
        string[] sorted = [.. termSizes.Keys];
        Array.Sort(sorted, StringComparer.Ordinal);
        var sizes = new int[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            sizes[i] = termSizes[sorted[i]];
        }
        var chunks = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var chunk in Chunk(sorted, sizes, budget))
        {
            chunks[chunk.Key] = [.. sorted.AsSpan(chunk.Start, chunk.End - chunk.Start)];
        }
        return chunks;
    }

    /// <summary>
    /// The chunks of <paramref name="sorted"/> (distinct terms, sorted ordinally; <paramref name="sizes"/> by the same
    /// position), in term order, which is also the ordinal order of their keys.
    /// </summary>
    public static List<SearchChunk> Chunk(IReadOnlyList<string> sorted, IReadOnlyList<int> sizes, int budget)
    {
        var chunks = new List<SearchChunk>();
        var start = 0;
        while (start < sorted.Count)
        {
            var first = sorted[start][0];
            var end = start;
            while (end < sorted.Count && sorted[end][0] == first)
            {
                end++;
            }
            Split(sorted, start, end, 1, sizes, budget, chunks);
            start = end;
        }
        // Already in key order (a parent's key precedes its children's); sorting keeps that true by construction, not by argument.
        chunks.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return chunks;
    }

    /// <summary>The chunk a term lives in: the longest key that is a prefix of it (the keys of its chunks).</summary>
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
    private static void Split(IReadOnlyList<string> sorted, int start, int end, int depth, IReadOnlyList<int> sizes, int budget,
        List<SearchChunk> chunks)
    {
        var key = sorted[start][..depth];
        var total = 0L;
        for (var i = start; i < end; i++)
        {
            total += sizes[i];
        }
        if (total <= budget || end - start == 1)
        {
            chunks.Add(new SearchChunk(key, start, end));
            return;
        }
        var i0 = start;
        // Sorted order puts the term equal to the key (if any) first.
        if (sorted[i0].Length == depth)
        {
            chunks.Add(new SearchChunk(key, i0, i0 + 1));
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
