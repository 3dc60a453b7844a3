using System.Collections.Concurrent;
using Digest.Core.Text;

namespace Digest.Site.Output.Search;

/// <summary>
/// Turns text into index terms: folded words (<see cref="SearchFolding.Fold"/>) plus, for words with umlauts,
/// the spelling with <c>ae/oe/ue</c>, so <c>Südkorea</c> is found by <c>sudkorea</c> and <c>suedkorea</c>.
/// Words split where <see cref="SearchFolding.Words"/> splits (anything but letters and digits), like the search script.
/// </summary>
public static class SearchTokenizer
{
    /// <summary>Calls <paramref name="add"/> for every term of <paramref name="text"/> (duplicates included).</summary>
    public static void Terms(string text, Action<string> add)
    {
        var span = text.AsSpan();
        var start = -1;
        for (var i = 0; i < span.Length; i++)
        {
            if (char.IsLetterOrDigit(span[i]))
            {
                if (start < 0)
                {
                    start = i;
                }
            }
            else if (start >= 0)
            {
                Emit(span[start..i], add);
                start = -1;
            }
        }
        if (start >= 0)
        {
            Emit(span[start..], add);
        }
    }

    /// <summary>All distinct terms of <paramref name="text"/>, sorted (for tests and small inputs).</summary>
    public static List<string> DistinctTerms(string text)
    {
        var set = new SortedSet<string>(StringComparer.Ordinal);
        Terms(text, t => set.Add(t));
        return [.. set];
    }

    /// <summary>More distinct words than any real site has; beyond it words are folded without being remembered.</summary>
    private const int MaxRemembered = 1 << 20;

    // A corpus repeats the same few ten thousand words millions of times: each word's terms are folded once and
    // looked up by the characters of the word, so neither the word nor its folded forms are allocated again.
    private static readonly ConcurrentDictionary<string, string[]> Known = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> KnownBySpan =
        Known.GetAlternateLookup<ReadOnlySpan<char>>();

    private static void Emit(ReadOnlySpan<char> word, Action<string> add)
    {
        if (!KnownBySpan.TryGetValue(word, out var terms))
        {
            var text = word.ToString();
            terms = SearchFolding.AlternateSpelling(text) is { } alternate ? [SearchFolding.Fold(text), alternate] : [SearchFolding.Fold(text)];
            if (Known.Count < MaxRemembered)
            {
                Known.TryAdd(text, terms);
            }
        }
        foreach (var term in terms)
        {
            add(term);
        }
    }
}
